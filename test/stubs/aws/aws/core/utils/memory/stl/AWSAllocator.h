// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  src/aws-cpp-sdk-core/include/aws/core/utils/memory/stl/AWSAllocator.h
// Version: 1.11.x (index copy at commit 2e73ead7ce693952e317599fdbec4a86cce18143), USE_AWS_MEMORY_MANAGEMENT off.
// NOTE: in the real SDK Aws::MakeShared is declared HERE (not in AWSMemory.h).
#pragma once

#include <memory>
#include <utility>

namespace Aws
{
    template< typename T > using Allocator = std::allocator<T>;

    /**
     * Creates a shared_ptr using AWS Allocator hooks. allocationTag is for memory tracking purposes.
     */
    template<typename T, typename ...ArgTypes>
    std::shared_ptr<T> MakeShared(const char* allocationTag, ArgTypes&&... args)
    {
        (void)allocationTag;
        return std::allocate_shared<T, Aws::Allocator<T>>(Aws::Allocator<T>(), std::forward<ArgTypes>(args)...);
    }
} // namespace Aws
