//! `new(required…)` constructors for generated structs with required fields.
//!
//! A struct that has a required field derives no `Default` (a default would send `0` or `""`
//! for a value the API needs); instead it gets `new` taking each required field in order, with
//! every optional field `None`. Optional fields are set afterwards with struct update syntax
//! (`CreateRefund { reason: Some(..), ..CreateRefund::new(payment_intent) }`) or field access.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::types::{ident, type_tokens};
use crate::model::{Field, TypeRef, TypeSpace};

/// The `impl Name { pub fn new(..) -> Self }` block, or nothing when no field is required.
pub fn constructor_tokens(type_name: &str, fields: &[Field], types: &TypeSpace) -> TokenStream {
    if !fields.iter().any(|f| f.required) {
        return TokenStream::new();
    }
    let name = ident(type_name);
    let params = fields.iter().filter(|f| f.required).map(|f| {
        let arg = f.rust_name.to_ident();
        let ty = param_type(&f.ty, types);
        quote!(#arg: #ty)
    });
    let inits = fields.iter().map(|f| {
        let field = f.rust_name.to_ident();
        if f.required {
            match &f.ty {
                // Passed as is: the shorthand `field` (`field: field` is a lint).
                TypeRef::String | TypeRef::Boxed(_) => {
                    let value = param_value(&f.ty, quote!(#field));
                    quote!(#field: #value)
                }
                _ => quote!(#field),
            }
        } else {
            quote!(#field: None)
        }
    });
    let required: Vec<String> = fields
        .iter()
        .filter(|f| f.required)
        .map(|f| format!("`{}`", f.rust_name.as_str()))
        .collect();
    let doc = format!(
        " A `{}` with its required fields ({}); every optional field is `None`.",
        type_name,
        required.join(", ")
    );
    quote! {
        impl #name {
            #[doc = #doc]
            #[allow(clippy::too_many_arguments)]
            pub fn new(#( #params ),*) -> Self {
                Self { #( #inits ),* }
            }
        }
    }
}

/// The parameter type for a required field: strings as `impl Into<String>`, boxes unboxed.
fn param_type(ty: &TypeRef, types: &TypeSpace) -> TokenStream {
    match ty {
        TypeRef::String => quote!(impl Into<String>),
        TypeRef::Boxed(inner) => param_type(inner, types),
        other => {
            let t = type_tokens(other, types);
            quote!(#t)
        }
    }
}

/// The expression that turns the parameter into the field's value.
fn param_value(ty: &TypeRef, arg: TokenStream) -> TokenStream {
    match ty {
        TypeRef::String => quote!(#arg.into()),
        TypeRef::Boxed(inner) => {
            let inner = param_value(inner, arg);
            quote!(Box::new(#inner))
        }
        _ => arg,
    }
}
