class Cfg:
    debug = False
    def __init__(self):
        self.level = 3
c = Cfg()
print(getattr(c, 'level'), getattr(c, 'debug'), getattr(c, 'missing', 'dflt'))
setattr(c, 'level', 5)
setattr(c, 'new_attr', [1])
print(c.level, c.new_attr)
print(hasattr(c, 'level'), hasattr(c, 'nope'), hasattr(Cfg, 'debug'))
name = 'dynamic'
setattr(c, name, 'ok')
print(getattr(c, name))
try:
    getattr(c, 'absent')
except AttributeError as e:
    print('AttributeError', e)
print(getattr('abc', 'upper')())
delattr(c, 'level')
print(hasattr(c, 'level'))
