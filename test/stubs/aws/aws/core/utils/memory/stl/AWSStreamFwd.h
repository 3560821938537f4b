// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  src/aws-cpp-sdk-core/include/aws/core/utils/memory/stl/AWSStreamFwd.h (1.11.x)
// (text verified against an index copy of this header, id 1125612040; the aws/aws-sdk-cpp path itself
// is not in the index).
#pragma once

#include <fstream>
#include <functional>
#include <iostream>
#include <iterator>

namespace Aws
{
typedef std::basic_ifstream< char, std::char_traits< char > > IFStream;
typedef std::basic_ofstream< char, std::char_traits< char > > OFStream;
typedef std::basic_fstream< char, std::char_traits< char > > FStream;
typedef std::basic_istream< char, std::char_traits< char > > IStream;
typedef std::basic_ostream< char, std::char_traits< char > > OStream;
typedef std::basic_iostream< char, std::char_traits< char > > IOStream;
typedef std::istreambuf_iterator< char, std::char_traits< char > > IStreamBufIterator;

using IOStreamFactory = std::function< Aws::IOStream*(void) >;
} // namespace Aws
