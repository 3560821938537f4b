#!/usr/bin/env python3
"""huge_function.py N: a function 'generated' of about N lines of branches
inside a transaction, with the in-house names of Inputs/inhouse.json, and a
slow call at its end."""
import sys

lines = int(sys.argv[1])
print('namespace app {\nstruct Tx {\n  Tx();\n  ~Tx();\n  void commit();\n};\n'
      'void sleep_ms(int);\n} // namespace app\nint step(int);\n')
print('int generated(int x) {\n  app::Tx tx;')
for i in range(lines):
    print('  if (step(%d) > x) x += %d; else x -= step(x);' % (i, i))
print('  app::sleep_ms(x);\n  tx.commit();\n  return x;\n}')
