handler = None
print('calling None')
handler()
