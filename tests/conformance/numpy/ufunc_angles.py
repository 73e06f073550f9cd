import numpy as np
d = np.array([0.0, 30.0, 90.0, 180.0, 360.0])
print(repr(np.deg2rad(d)), repr(np.radians(d)))
r = np.array([0.0, np.pi / 2, np.pi])
print(repr(np.rad2deg(r)), repr(np.degrees(r)))
print(repr(np.angle(np.array([1 + 1j, -1, 1j, -1j]))))
print(repr(np.angle(np.array([1 + 1j]), deg=True)))
print(repr(np.unwrap(np.array([0.0, 3.0, 6.5]))))
