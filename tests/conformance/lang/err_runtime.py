print('about to fail')
raise RuntimeError('something went wrong')
