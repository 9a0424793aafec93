//! The `Serialize` and `Deserialize` impls of generated structs, written out instead of
//! derived: a few lines per struct that call the crate's `object` runtime module. serde's
//! derives are most of a generated crate's compile time (a field identifier enum, two
//! visitors and a sequence form per struct); these impls decode and encode the same JSON.
//!
//! Each impl is compiled always when the API needs that direction for the type (see
//! [`crate::model::directions`]), else only with the crate's `serialize` / `deserialize`
//! feature.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::types::{ident, type_tokens};
use crate::model::directions::{DESERIALIZE_FEATURE, SERIALIZE_FEATURE};
use crate::model::{Field, TypeRef};

/// `#[cfg(feature = "...")]` for an impl the API does not need; nothing for one it needs.
pub fn direction_gate(always: bool, feature: &str) -> TokenStream {
    if always {
        TokenStream::new()
    } else {
        quote!(#[cfg(feature = #feature)])
    }
}

/// `#[derive(trait)]` when the API needs that direction, else `#[cfg_attr(feature, derive(trait))]`.
pub fn direction_derive(always: bool, feature: &str, derive: TokenStream) -> TokenStream {
    if always {
        quote!(#[derive(#derive)])
    } else {
        quote!(#[cfg_attr(feature = #feature, derive(#derive))])
    }
}

/// Whether the field is read as "absent or null is `None`": optional fields, and required
/// fields whose schema is nullable (their Rust type is an `Option` already).
fn reads_optional(field: &Field) -> bool {
    !field.required || matches!(field.ty, TypeRef::Nullable(_))
}

/// The local variable that collects a field while the object is read.
fn slot_ident(field: &Field) -> proc_macro2::Ident {
    format_ident!("{}_slot", field.rust_name.trim_start_matches("r#"))
}

/// `impl Serialize`: the required fields always, the optional ones when they have a value.
pub fn serialize_impl(name: &str, fields: &[Field], always: bool) -> TokenStream {
    let gate = direction_gate(always, SERIALIZE_FEATURE);
    let ty = ident(name);
    let required =
        proc_macro2::Literal::usize_unsuffixed(fields.iter().filter(|f| f.required).count());
    let present = fields.iter().filter(|f| !f.required).map(|f| {
        let member = ident(&f.rust_name);
        quote!(self.#member.is_some())
    });
    let writes = fields.iter().map(|f| {
        let member = ident(&f.rust_name);
        let wire = &f.wire_name;
        if f.required {
            quote!(object.field(#wire, &self.#member);)
        } else {
            quote!(object.optional(#wire, &self.#member);)
        }
    });
    let binding = if fields.is_empty() {
        quote!(let object)
    } else {
        quote!(let mut object)
    };
    quote! {
        #gate
        impl serde::Serialize for #ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                #binding = crate::object::Writer::begin(serializer, #name, #required, &[#( #present ),*]);
                #( #writes )*
                object.end()
            }
        }
    }
}

/// `impl Deserialize` (through `crate::object`) and the struct's `FromObject`.
pub fn deserialize_impl(name: &str, fields: &[Field], always: bool) -> TokenStream {
    let gate = direction_gate(always, DESERIALIZE_FEATURE);
    let ty = ident(name);
    let wires = fields.iter().map(|f| &f.wire_name);
    let slots = fields.iter().map(|f| {
        let slot = slot_ident(f);
        let t = type_tokens(&f.ty);
        if f.required && matches!(f.ty, TypeRef::Nullable(_)) {
            // `Option<inner>` on the struct: the slot is that option.
            quote!(let mut #slot: #t = None;)
        } else {
            quote!(let mut #slot: Option<#t> = None;)
        }
    });
    let arms = fields.iter().enumerate().map(|(i, f)| {
        let i = proc_macro2::Literal::usize_unsuffixed(i);
        let slot = slot_ident(f);
        let wire = &f.wire_name;
        let read = if reads_optional(f) {
            quote!(crate::object::read_optional)
        } else {
            quote!(crate::object::read)
        };
        quote!(#i => #read(&mut object, &mut #slot, #wire),)
    });
    // Errors are kept in the reader (no `?` per key): `finish` returns the first one.
    let reading = quote! {
        while let Some(field) = crate::object::next(&mut object) {
            match field {
                #( #arms )*
                _ => crate::object::skip(&mut object),
            }
        }
        if let Err(error) = crate::object::finish(object) {
            return Err(error);
        }
    };
    // Required fields are taken out of their slots by one match (no `?` per field); the
    // first one missing is the error.
    let required: Vec<&Field> = fields.iter().filter(|f| !reads_optional(f)).collect();
    let values = fields.iter().map(|f| {
        let member = ident(&f.rust_name);
        let slot = slot_ident(f);
        quote!(#member: #slot,)
    });
    let finish = match required.as_slice() {
        [] => quote!(Ok(Self { #( #values )* })),
        [one] => {
            let slot = slot_ident(one);
            let wire = &one.wire_name;
            quote! {
                match #slot {
                    Some(#slot) => Ok(Self { #( #values )* }),
                    None => Err(serde::de::Error::missing_field(#wire)),
                }
            }
        }
        several => {
            let slots: Vec<_> = several.iter().map(|f| slot_ident(f)).collect();
            let wires = several.iter().map(|f| &f.wire_name);
            quote! {
                match (#( #slots ),*) {
                    (#( Some(#slots) ),*) => Ok(Self { #( #values )* }),
                    (#( #slots ),*) => Err(crate::object::missing(&[#( #slots.is_none() ),*], &[#( #wires ),*])),
                }
            }
        }
    };
    quote! {
        #gate
        impl<'de> serde::Deserialize<'de> for #ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::object::deserialize(deserializer, #name, &[#( #wires ),*])
            }
        }

        #gate
        impl<'de> crate::object::FromObject<'de> for #ty {
            fn from_object<A: serde::de::MapAccess<'de>>(mut object: crate::object::Reader<'de, A>) -> Result<Self, A::Error> {
                #( #slots )*
                #reading
                #finish
            }
        }
    }
}
