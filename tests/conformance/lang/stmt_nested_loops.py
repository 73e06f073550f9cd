for i in range(1, 4):
    row = []
    for j in range(1, 4):
        row.append(i * j)
    print(row)
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
count = 0
i = 0
while i < 4:
    for j in range(i):
        if j == 2:
            continue
        count += 1
    i += 1
print(count)
pairs = [(a, b) for a in range(3) for b in range(a)]
print(pairs)
