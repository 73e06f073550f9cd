import random
random.seed(42)
print(random.choice([10, 20, 30, 40]), random.choice('abcdef'), random.choice(range(100)))
deck = list(range(10))
random.shuffle(deck)
print(deck)
words = ['a', 'b', 'c', 'd', 'e']
random.shuffle(words)
print(words)
print(random.sample(range(100), 5))
random.seed(7)
print([random.choice([1, 2, 3]) for _ in range(8)])
