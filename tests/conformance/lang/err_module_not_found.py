import math
print('importing a missing module')
import nosuchmodule
