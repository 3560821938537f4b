// conncheck test stub.
// Mirrors: codesynthesis-com/odb  libodb/odb/details/shared-ptr/base.hxx @ tag v2.5.0 (commit 197e5bfb323864dcefa38878fd3de8322a577194).
// Only odb::details::shared_base (the intrusive reference-count base of odb::connection). The real header
// also declares odb::details::share/shared/exclusive, the placement operator new/delete overloads and
// inc_ref/dec_ref/ref_count helpers, omitted here. Member functions are declared only (defined in
// libodb's base.cxx/base.ixx).
//
// Semantics (real): when the count drops to zero and callback_ is set, callback_->zero_counter(arg) is
// called instead of deleting the object. connection_pool_factory uses this to put a pooled connection
// back into the pool when the last connection_ptr to it is released.
#ifndef ODB_DETAILS_SHARED_PTR_BASE_HXX
#define ODB_DETAILS_SHARED_PTR_BASE_HXX

#include <atomic>
#include <cstddef> // std::size_t

namespace odb
{
  namespace details
  {
    class shared_base
    {
    public:
      shared_base ();
      shared_base (const shared_base&);
      shared_base&
      operator= (const shared_base&);

      void
      _inc_ref ();

      bool
      _dec_ref ();

      std::size_t
      _ref_count () const;

      struct refcount_callback
      {
        void* arg;

        // Return true if the object should be deleted, false otherwise.
        //
        bool (*zero_counter) (void*);
      };

    protected:
      std::atomic<std::size_t> counter_;
      refcount_callback* callback_;
    };
  }
}

#endif // ODB_DETAILS_SHARED_PTR_BASE_HXX
