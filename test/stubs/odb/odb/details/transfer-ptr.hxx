// conncheck test stub.
// Mirrors: codesynthesis-com/odb  libodb/odb/details/transfer-ptr.hxx @ tag v2.5.0 (commit 197e5bfb323864dcefa38878fd3de8322a577194).
// Real class body (C++11 branch). Used as the last constructor argument of odb::pgsql::database to pass
// ownership of a connection factory: std::unique_ptr<odb::pgsql::connection_factory> f (...); db (..., std::move (f)).
#ifndef ODB_DETAILS_TRANSFER_PTR_HXX
#define ODB_DETAILS_TRANSFER_PTR_HXX

#include <cstddef> // std::nullptr_t
#include <memory>  // std::unique_ptr

namespace odb
{
  namespace details
  {
    template <typename T>
    class transfer_ptr
    {
    public:
      typedef T element_type;

      transfer_ptr (): p_ (0) {}

      transfer_ptr (std::nullptr_t): p_ (0) {}

      template <typename T1>
      transfer_ptr (std::unique_ptr<T1>&& p): p_ (p.release ()) {}

    private:
      transfer_ptr (const transfer_ptr&);
      transfer_ptr& operator= (const transfer_ptr&);

    public:
      transfer_ptr (transfer_ptr&& p) noexcept: p_ (p.transfer ()) {}

      ~transfer_ptr () {delete p_;}

      T*
      transfer ()
      {
        T* r (p_);
        p_ = 0;
        return r;
      }

    private:
      T* p_;
    };
  }
}

#endif // ODB_DETAILS_TRANSFER_PTR_HXX
