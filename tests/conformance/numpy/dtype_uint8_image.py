import numpy as np
img = np.array([[0, 50, 100], [150, 200, 250]], dtype=np.uint8)
print(repr(img + 10))
print(repr(img.astype(np.int16) + 10))
print(repr(np.clip(img.astype(np.int16) * 2, 0, 255).astype(np.uint8)))
print(repr(img / 255))
print(repr((img / 255 * 100).round(1)))
print(repr(img.mean()), repr(img.sum(dtype=np.int64)), int(img.sum()))
print(repr(255 - img))
print(repr(img // 2), repr(img >> 1))
inv = ~img
print(repr(inv))
print(repr(img.max(axis=0)), repr(img.min(axis=1)))
print(repr(img[img > 100]))
