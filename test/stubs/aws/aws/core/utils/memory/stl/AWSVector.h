// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  src/aws-cpp-sdk-core/include/aws/core/utils/memory/stl/AWSVector.h (1.11.x)
// Only Aws::Vector (std::vector with Aws::Allocator). NOT VERIFIED: this header is not in the index;
// written by analogy with AWSMap.h (same allocator pattern).
#pragma once

#include <aws/core/utils/memory/stl/AWSAllocator.h>

#include <vector>

namespace Aws
{
template< typename T > using Vector = std::vector< T, Aws::Allocator< T > >;
} // namespace Aws
