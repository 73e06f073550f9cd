words = {}
for i in range(200_000):
    w = "w" + str(i % 1000)
    words[w] = words.get(w, 0) + 1
print(len(words), sum(words.values()))
