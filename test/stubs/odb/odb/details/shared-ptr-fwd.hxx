// conncheck test stub.
// Mirrors: codesynthesis-com/odb  libodb/odb/details/shared-ptr-fwd.hxx @ tag v2.5.0 (commit 197e5bfb323864dcefa38878fd3de8322a577194).
#ifndef ODB_DETAILS_SHARED_PTR_FWD_HXX
#define ODB_DETAILS_SHARED_PTR_FWD_HXX

namespace odb
{
  namespace details
  {
    template <typename X>
    class shared_ptr;

    class shared_base;
  }
}

#endif // ODB_DETAILS_SHARED_PTR_FWD_HXX
