import sys
print(sys.argv[0].endswith('.py'))
print(len(sys.argv))
print(type(sys.argv).__name__)
print(sys.maxsize == 2**63 - 1)
print(sys.version_info[0])
print(isinstance(sys.getrecursionlimit(), int))
