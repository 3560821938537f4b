// conncheck test stub.
// Mirrors: codesynthesis-com/odb  libodb/odb/details/shared-ptr.hxx @ tag v2.5.0 (commit 197e5bfb323864dcefa38878fd3de8322a577194).
// odb::details::shared_ptr<X> is ODB's own intrusive smart pointer (NOT std::shared_ptr); connection_ptr
// is details::shared_ptr<connection>. Same public members as the real class; the private
// bits::counter_ops<...> base (which does the actual counting) is omitted, so the bodies here do not count.
#ifndef ODB_DETAILS_SHARED_PTR_HXX
#define ODB_DETAILS_SHARED_PTR_HXX

#include <cstddef> // std::size_t

#include <odb/details/shared-ptr-fwd.hxx>
#include <odb/details/shared-ptr/base.hxx>

namespace odb
{
  namespace details
  {
    template <typename X>
    class shared_ptr
    {
    public:
      ~shared_ptr ()
      {
      }

      explicit
      shared_ptr (X* x = 0)
          : x_ (x)
      {
      }

      shared_ptr (const shared_ptr& x)
          : x_ (x.x_)
      {
      }

      template <typename Y>
      shared_ptr (const shared_ptr<Y>& x)
          : x_ (x.x_)
      {
      }

      shared_ptr&
      operator= (const shared_ptr& x)
      {
        x_ = x.x_;
        return *this;
      }

      template <typename Y>
      shared_ptr&
      operator= (const shared_ptr<Y>& x)
      {
        x_ = x.x_;
        return *this;
      }

    public:
      X*
      operator-> () const
      {
        return x_;
      }

      X&
      operator* () const
      {
        return *x_;
      }

      // Conversion to bool.
      //
      typedef void (shared_ptr::*boolean_convertible)();
      void true_value () {}

      operator boolean_convertible () const
      {
        return x_ ? &shared_ptr<X>::true_value : 0;
      }

    public:
      X*
      get () const
      {
        return x_;
      }

      X*
      release ()
      {
        X* r (x_);
        x_ = 0;
        return r;
      }

      void
      reset (X* x = 0)
      {
        x_ = x;
      }

      std::size_t
      count () const
      {
        return x_ != 0 ? 1 : 0;
      }

    private:
      template <typename>
      friend class shared_ptr;

      X* x_;
    };

    template <typename X, typename Y>
    inline bool
    operator== (const shared_ptr<X>& x, const shared_ptr<Y>& y)
    {
      return x.get () == y.get ();
    }

    template <typename X, typename Y>
    inline bool
    operator!= (const shared_ptr<X>& x, const shared_ptr<Y>& y)
    {
      return x.get () != y.get ();
    }
  }
}

#endif // ODB_DETAILS_SHARED_PTR_HXX
