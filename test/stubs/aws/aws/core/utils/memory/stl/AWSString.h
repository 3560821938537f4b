// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  src/aws-cpp-sdk-core/include/aws/core/utils/memory/stl/AWSString.h (1.11.x)
// Real: using String = std::basic_string<char, std::char_traits<char>, Aws::Allocator<char>>;
// with Aws::Allocator<T> = std::allocator<T> when USE_AWS_MEMORY_MANAGEMENT is off (the default build),
// i.e. exactly std::string.
#pragma once

#include <aws/core/utils/memory/stl/AWSAllocator.h>

#include <string>

namespace Aws
{
    using String = std::basic_string< char, std::char_traits< char >, Aws::Allocator< char > >;
} // namespace Aws
