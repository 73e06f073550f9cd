print('single')
print("double")
print('''triple single''')
print("""triple double""")
print('it\'s', "say \"hi\"")
print("it's", 'say "hi"')
print("implicit " 'concat' """enation""")
s = ('multi'
     'line'
     ' join')
print(s)
print('')
print(len(''), len('abc'))
t = """line1
line2
  line3"""
print(t)
print('a' 'b' == 'ab')
