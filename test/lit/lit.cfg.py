# lit configuration for conncheck's behaviour tests.
import os
import shutil

import lit.formats

config.name = 'conncheck'
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = ['.cpp', '.test']
config.excludes = ['Inputs']
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.conncheck_binary_dir, 'test', 'lit')

# FileCheck, not, count come from LLVM's tools directory.
config.environment['PATH'] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get('PATH', os.environ['PATH'])])

stubs = os.path.join(config.conncheck_source_dir, 'test', 'stubs')
# Every directory under test/stubs is one library's stub headers.
stub_dirs = sorted(d for d in os.listdir(stubs)
                   if os.path.isdir(os.path.join(stubs, d)))
cxxflags = ('-std=c++17 ' + ' '.join('-isystem {}/{}'.format(stubs, lib)
                                     for lib in stub_dirs))
check = '{} {} --conncheck={} --filecheck={}'.format(
    config.python_executable,
    os.path.join(config.test_source_root, 'check_conncheck.py'),
    config.conncheck, os.path.join(config.llvm_tools_dir, 'FileCheck'))

config.substitutions.append(('%check_conncheck', check))
config.substitutions.append(('%expect_exit', '{} {}'.format(
    config.python_executable,
    os.path.join(config.test_source_root, 'expect_exit.py'))))
config.substitutions.append(('%conncheck_plugin', config.conncheck_plugin))
config.substitutions.append(('%clang_tidy', os.path.join(config.llvm_tools_dir, 'clang-tidy')))
config.substitutions.append(('%conncheck', config.conncheck))
config.substitutions.append(('%cxxflags', cxxflags))
config.substitutions.append(('%stubs', stubs))
config.substitutions.append(('%clangxx', config.clangxx))
config.substitutions.append(('%python', config.python_executable))
config.substitutions.append(('%project', config.conncheck_source_dir))
config.substitutions.append(('%binary_dir', config.conncheck_binary_dir))

# Microsoft's SARIF Multitool, installed by scripts/install-deps.sh.
multitool = os.path.join(config.conncheck_source_dir, 'build', 'tools', 'sarif',
                         'node_modules', '@microsoft', 'sarif-multitool-linux',
                         'Sarif.Multitool')
if os.access(multitool, os.X_OK):
    config.available_features.add('sarif-multitool')
    config.substitutions.append(('%sarif_multitool', multitool))

# A sanitizer-instrumented plugin cannot be loaded into the uninstrumented
# clang-tidy: plugin tests need a plain build.
if not config.sanitized:
    config.available_features.add('plugin')

# libFuzzer targets, in a build configured with CONNCHECK_FUZZ=ON.
fuzz_bin = os.path.join(config.conncheck_binary_dir, 'bin')
if os.access(os.path.join(fuzz_bin, 'conncheck-RulePackFuzzer'), os.X_OK):
    config.available_features.add('fuzzers')
    config.substitutions.append(('%fuzz_bin', fuzz_bin))

# The LLVM major version built against, and a newer clang-tidy to load the
# plugin into (the version guard's test).
config.substitutions.append(('%llvm_major', str(config.llvm_major)))
for newer in (22,):
    tidy = '/usr/lib/llvm-{}/bin/clang-tidy'.format(newer)
    if newer > config.llvm_major and os.access(tidy, os.X_OK):
        config.available_features.add('newer-clang-tidy')
        config.substitutions.append(('%newer_clang_tidy', tidy))
        config.substitutions.append(('%newer_llvm_major', str(newer)))

# The pre-commit framework (Debian's pre-commit package), and a repository
# of conncheck's own to point it at.
if shutil.which('pre-commit') and os.path.isdir(
        os.path.join(config.conncheck_source_dir, '.git')):
    config.available_features.add('pre-commit')

# A real browser for the HTML report: Debian's chromium, driven by
# playwright-core, both installed by scripts/install-deps.sh.
browser_modules = os.path.join(config.conncheck_source_dir, 'build', 'tools',
                               'browser', 'node_modules')
chromium = '/usr/bin/chromium'
if (os.access(chromium, os.X_OK) and
        os.path.isdir(os.path.join(browser_modules, 'playwright-core'))):
    config.available_features.add('chromium')
    config.environment['NODE_PATH'] = browser_modules
    config.environment['CHROMIUM'] = chromium
    config.substitutions.append(('%node', 'node'))
