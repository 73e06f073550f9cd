import numpy as np
print(repr(np.deg2rad(np.array([0, 45, 90, 180, -270]))), repr(np.rad2deg(np.array([1, 2]))))
print(repr(np.deg2rad(np.array([180], dtype=np.float32))), repr(np.deg2rad(np.array([180], dtype=np.float16))))
print(repr(np.rad2deg(np.pi)), repr(np.deg2rad(360)), repr(np.radians(90.0)))
print(repr(np.degrees(np.arcsin(np.array([0.5, 1.0])))))
print(repr(np.sin(np.deg2rad(np.array([30.0, 90.0, 150.0])))))
print(repr(np.rad2deg(np.deg2rad(np.array([12.5, 370.0])))))
print(repr(np.deg2rad(np.array([[0, 90], [180, 270]]))))
