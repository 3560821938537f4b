// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  src/aws-cpp-sdk-core/include/aws/core/utils/memory/stl/AWSMap.h
// Version: 1.11.x (index copy at commit 196f4d25734b1b2fd36bfd9e599dd7d4ba7e2820).
// Only Aws::Map (std::map with Aws::Allocator).
#pragma once

#include <aws/core/utils/memory/stl/AWSAllocator.h>

#include <functional>
#include <map>

namespace Aws
{
template< typename K, typename V > using Map = std::map< K, V, std::less< K >, Aws::Allocator< std::pair< const K, V > > >;
} // namespace Aws
