class ParseError(ValueError):
    def __init__(self, line):
        super().__init__(f'cannot parse line {line}')
print('parsing')
raise ParseError(7)
