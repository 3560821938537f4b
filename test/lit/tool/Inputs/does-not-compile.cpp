void f() { undeclared_function(); }
