for x in [1e-5, 123456789.0, 0.0001, 1e16, 100000.0, 1000000.0, 1.0, 0.5, 3.14159265, 12345.678, 0.0]:
    print(f'{x:g}', f'{x:.3g}', f'{x:G}', f'{x:.10g}')
print(f'{1e-4:g} {1e-5:.2g}')
print(f'{-2.5e-7:g}')
print(f'{float("inf"):g} {float("nan"):G}')
print(f'{123:g}')
print(f'{1.0:#g}')
print(f'{1234567:.2g}')
