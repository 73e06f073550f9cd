total = 0
for i in range(5):
    total += i

total
data = [1,
        2,
        3]
data
if total > 5:
    'big'
else:
    'small'

s = '''two
lines'''
s
