// Makes the Clang front end crash while parsing, as a stand-in for any
// crash inside one translation unit.
#pragma clang __debug crash
