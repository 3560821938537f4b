// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  src/aws-cpp-sdk-core/include/aws/core/utils/memory/AWSMemory.h
// Version: 1.11.x (index copy at commit 1fae23252c0ea024f15012fc1ec20f0ff4c36209).
// Real header declares Aws::Malloc/Free/New/Delete/MakeUnique...; only Malloc/Free/New/MakeUnique are stubbed.
// Aws::MakeShared really lives in aws/core/utils/memory/stl/AWSAllocator.h; it is included here for
// convenience (the real AWSMemory.h does NOT include AWSAllocator.h -- the dependency is the other way round).
#pragma once

#include <aws/core/utils/memory/stl/AWSAllocator.h>

#include <cstddef>
#include <memory>
#include <utility>

namespace Aws
{
    void* Malloc(const char* allocationTag, size_t allocationSize);
    void Free(void* memoryPtr);

    template<typename T, typename ...ArgTypes>
    T* New(const char* allocationTag, ArgTypes&&... args);

    template<typename T>
    struct Deleter
    {
        Deleter() {}
        void operator()(T* pointerToT) const { (void)pointerToT; }
    };

    template< typename T, typename D = Deleter< T > > using UniquePtr = std::unique_ptr< T, D >;

    template<typename T, typename ...ArgTypes>
    UniquePtr<T> MakeUnique(const char* allocationTag, ArgTypes&&... args);
} // namespace Aws
