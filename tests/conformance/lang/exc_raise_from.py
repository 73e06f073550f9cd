class ConfigError(Exception):
    pass
def load():
    try:
        {}['missing']
    except KeyError as e:
        raise ConfigError('config missing') from e
try:
    load()
except ConfigError as e:
    print(str(e))
    print('caught ConfigError')
try:
    raise ValueError('no cause') from None
except ValueError as e:
    print(str(e))
