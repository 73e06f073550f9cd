class Base:
    def area(self):
        raise NotImplementedError('subclass must implement area')
print('calling abstract method')
Base().area()
