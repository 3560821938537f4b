// conncheck test stub.
// Mirrors: codesynthesis-com/odb  libodb/odb/details/unique-ptr.hxx @ tag v2.5.0 (commit 197e5bfb323864dcefa38878fd3de8322a577194).
// Real class body (C++11 branch), comparison operators omitted.
#ifndef ODB_DETAILS_UNIQUE_PTR_HXX
#define ODB_DETAILS_UNIQUE_PTR_HXX

namespace odb
{
  namespace details
  {
    template <typename T>
    class unique_ptr
    {
    public:
      typedef T element_type;

      explicit unique_ptr (T* p = 0): p_ (p) {}
      ~unique_ptr () {delete p_;}

      unique_ptr (unique_ptr&& p) noexcept: p_ (p.p_) {p.p_ = 0;}
      unique_ptr& operator= (unique_ptr&& p) noexcept
      {
        if (this != &p)
        {
          delete p_;
          p_ = p.p_;
          p.p_ = 0;
        }
        return *this;
      }

    private:
      unique_ptr (const unique_ptr&);
      unique_ptr& operator= (const unique_ptr&);

    public:
      T*
      operator-> () const {return p_;}

      T&
      operator* () const {return *p_;}

      typedef T* unique_ptr::*unspecified_bool_type;
      operator unspecified_bool_type () const
      {
        return p_ != 0 ? &unique_ptr::p_ : 0;
      }

      T*
      get () const {return p_;}

      void
      reset (T* p = 0)
      {
        delete p_;
        p_ = p;
      }

      T*
      release ()
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

#endif // ODB_DETAILS_UNIQUE_PTR_HXX
