//! The `Serialize` and `Deserialize` impls of generated structs, written out instead of
//! derived: a few lines per struct that call the crate's `object` runtime module. serde's
//! derives are most of a generated crate's compile time (a field identifier enum, two
//! visitors and a sequence form per struct); these impls decode and encode the same JSON.
//!
//! Each impl is compiled always when the API needs that direction for the type (see
//! [`crate::model::directions`]), else only with the crate's `serialize` / `deserialize`
//! feature.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::types::{ident, type_tokens};
use crate::model::directions::{DESERIALIZE_FEATURE, SERIALIZE_FEATURE};
use crate::model::{Field, IntegerWire, TypeRef, TypeSpace};

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

/// `#[allow(deprecated)]` for impls that touch a deprecated field: the use is the crate's own.
fn allow_deprecated(fields: &[Field]) -> Option<TokenStream> {
    fields
        .iter()
        .any(|f| f.deprecated)
        .then(|| quote!(#[allow(deprecated)]))
}

/// Whether the field is read as "absent or null is `None`": optional fields, and required
/// fields whose schema is nullable (their Rust type is an `Option` already).
fn reads_optional(field: &Field) -> bool {
    !field.required || matches!(field.ty, TypeRef::Nullable(_))
}

/// The local variable that collects a field while the object is read.
fn slot_ident(field: &Field) -> proc_macro2::Ident {
    field.rust_name.with_suffix("_slot").to_ident()
}

/// `impl Serialize`: one `crate::object::write` call: the wire names in declaration order,
/// which of them are optional, then the required values and the optional ones (left out when
/// `None`).
pub fn serialize_impl(name: &str, fields: &[Field], always: bool) -> TokenStream {
    let gate = direction_gate(always, SERIALIZE_FEATURE);
    let allow = allow_deprecated(fields);
    let gate = quote!(#gate #allow);
    let ty = ident(name);
    let wires = fields.iter().map(|f| &f.wire_name);
    let optional = fields.iter().map(|f| !f.required);
    let member = |f: &Field| {
        let member = f.rust_name.to_ident();
        match (f.integer_wire, f.required) {
            // Written as a string of digits.
            (Some(IntegerWire::Text), true) => quote!(&crate::object::IntegerText(self.#member)),
            (Some(IntegerWire::Text), false) => {
                quote!(&self.#member.map(crate::object::IntegerText))
            }
            _ => quote!(&self.#member),
        }
    };
    let required_values = fields.iter().filter(|f| f.required).map(member);
    let optional_values = fields.iter().filter(|f| !f.required).map(member);
    quote! {
        #gate
        impl serde::Serialize for #ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                crate::object::write(serializer, #name, &[#( #wires ),*], &[#( #optional ),*], &[#( #required_values ),*], &[#( #optional_values ),*])
            }
        }
    }
}

/// `impl Deserialize` (through `crate::object`) and the struct's `FromObject`: one slot per
/// field, all read by one `read_fields` call, then the required fields taken out of theirs.
pub fn deserialize_impl(
    name: &str,
    fields: &[Field],
    always: bool,
    types: &TypeSpace,
) -> TokenStream {
    let gate = direction_gate(always, DESERIALIZE_FEATURE);
    let allow = allow_deprecated(fields);
    let gate = quote!(#gate #allow);
    let ty = ident(name);
    // The fields read strictly come first in the wire-name table, then the others; their
    // slots go to `read_fields` as two slices in the same order.
    let (strict, lenient): (Vec<&Field>, Vec<&Field>) =
        fields.iter().partition(|f| !reads_optional(f));
    let wires = strict.iter().chain(&lenient).map(|f| &f.wire_name);
    let slot_ref = |f: &&Field| {
        let slot = slot_ident(f);
        quote!(&mut #slot)
    };
    let strict_refs = strict.iter().map(slot_ref);
    let lenient_refs = lenient.iter().map(slot_ref);
    let slots = fields.iter().map(|f| {
        let slot = slot_ident(f);
        let t = type_tokens(&f.ty, types);
        if f.integer_wire.is_some() {
            // Read from a number or a string of digits.
            quote!(let mut #slot: Option<crate::object::AnyInteger> = None;)
        } else if f.required && matches!(f.ty, TypeRef::Nullable(_)) {
            // `Option<inner>` on the struct: the slot is that option.
            quote!(let mut #slot: #t = None;)
        } else {
            quote!(let mut #slot: Option<#t> = None;)
        }
    });
    // Required fields are taken out of their slots in declaration order; the first one
    // missing is the error.
    let takes = strict.iter().map(|f| {
        let slot = slot_ident(f);
        let wire = &f.wire_name;
        quote!(let Some(#slot) = #slot else { return crate::object::missing(#wire); };)
    });
    let values = fields.iter().map(|f| {
        let member = f.rust_name.to_ident();
        let slot = slot_ident(f);
        match (f.integer_wire, reads_optional(f)) {
            (Some(_), false) => quote!(#member: #slot.0,),
            (Some(_), true) => quote!(#member: #slot.map(|v| v.0),),
            (None, _) => quote!(#member: #slot,),
        }
    });
    quote! {
        #gate
        impl<'de> serde::Deserialize<'de> for #ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::object::deserialize(deserializer, #name, &[#( #wires ),*])
            }
        }

        #gate
        impl<'de> crate::object::FromObject<'de> for #ty {
            fn from_object<A: serde::de::MapAccess<'de>>(object: crate::object::Reader<'de, A>) -> Result<Self, A::Error> {
                #( #slots )*
                if let Err(error) = crate::object::read_fields(object, &mut [#( #strict_refs ),*], &mut [#( #lenient_refs ),*]) {
                    return Err(error);
                }
                #( #takes )*
                Ok(Self { #( #values )* })
            }
        }
    }
}
