def work():
    try:
        return [][1]
    finally:
        print('cleanup runs before the error escapes')
work()
