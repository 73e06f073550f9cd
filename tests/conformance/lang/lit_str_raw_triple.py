print(r'raw\nstring')
print(R"C:\path\to\file")
print(len(r'\n'), len('\n'))
print(repr(r'\t\x41'))
print(r'''raw
triple\n''')
print("""a "quoted" 'word' inside""")
doc = '''
indented
    block
'''
print(repr(doc))
