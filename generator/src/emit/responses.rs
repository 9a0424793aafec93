//! An operation's response and error enums → tokens, in its resource module.

use proc_macro2::TokenStream;
use quote::quote;

use crate::emit::types::{doc_attrs, ident, type_tokens};
use crate::model::features::PARTIAL_EQ_FEATURE;
use crate::model::responses::status_text;
use crate::model::{
    Operation, OperationErrors, Outcome, OutcomeEnum, ResponseStatus, TypeRef, TypeSpace,
};

/// The match pattern of a status (`404`, `400..=499`); `None` for `default`.
fn pattern(status: &ResponseStatus) -> Option<TokenStream> {
    match status {
        ResponseStatus::Code(c) => Some(quote!(#c)),
        ResponseStatus::Range(r) => {
            let (low, high) = (u16::from(*r) * 100, u16::from(*r) * 100 + 99);
            Some(quote!(#low..=#high))
        }
        ResponseStatus::Default => None,
    }
}

fn status_label(status: &ResponseStatus) -> String {
    match status {
        ResponseStatus::Code(c) => format!("`{c}`"),
        ResponseStatus::Range(r) => format!("`{r}XX`"),
        ResponseStatus::Default => "Any other status (`default`)".into(),
    }
}

/// One variant's declaration, documented by its status and the response's description.
fn variant_decl(o: &Outcome, types: &TypeSpace) -> TokenStream {
    let v = ident(&o.variant);
    let doc = match &o.doc {
        Some(d) => format!("{}: {d}", status_label(&o.status)),
        None => status_label(&o.status),
    };
    let docs = doc_attrs(Some(&doc));
    match &o.ty {
        None => quote!(#docs #v,),
        Some(TypeRef::Binary) => quote!(#docs #v(Vec<u8>),),
        Some(t) => {
            let t = type_tokens(t, types);
            quote!(#docs #v(#t),)
        }
    }
}

/// The success enum and its decoder: by status, a status not documented as the first one.
fn success_tokens(e: &OutcomeEnum, method: &str, types: &TypeSpace) -> TokenStream {
    let name = ident(&e.name);
    let doc = doc_attrs(Some(&format!(
        "What [`{method}`] returns: one variant per documented success status (a status it does \
         not document decodes as the first)."
    )));
    let variants = e.outcomes.iter().map(|o| variant_decl(o, types));
    let decode = |o: &Outcome| {
        let v = ident(&o.variant);
        match &o.ty {
            None => quote!(Self::#v),
            Some(TypeRef::Binary) => quote!(Self::#v(crate::client::decode_bytes(reply)?)),
            Some(t) => {
                let t = type_tokens(t, types);
                quote!(Self::#v(crate::client::decode_json::<#t>(reply)?))
            }
        }
    };
    let arms = e.outcomes.iter().filter_map(|o| {
        let p = pattern(&o.status)?;
        let d = decode(o);
        Some(quote!(#p => #d,))
    });
    let fallback = e
        .outcomes
        .iter()
        .find(|o| o.status == ResponseStatus::Default)
        .or(e.outcomes.first())
        .map(decode);
    quote! {
        #doc
        #[derive(Debug, Clone)]
        #[cfg_attr(feature = #PARTIAL_EQ_FEATURE, derive(PartialEq))]
        pub enum #name {
            #( #variants )*
        }

        impl #name {
            fn decode(reply: &mut crate::client::Reply) -> Result<Self, crate::Error> {
                Ok(match reply.status() {
                    #( #arms )*
                    _ => #fallback,
                })
            }
        }
    }
}

/// The error enum and its `OperationError` impl: the documented status's variant when its
/// body decodes, else `Other { status, body }`.
fn error_tokens(e: &OutcomeEnum, method: &str, types: &TypeSpace) -> TokenStream {
    let name = ident(&e.name);
    let doc = doc_attrs(Some(&format!(
        "The documented errors of [`{method}`], one variant per status: \
         `err.operation_error::<{}>()` reads one from the call's error (the status, request ID \
         and raw body stay on [`ApiError`](crate::ApiError)). Statuses the API adds later decode \
         as `Other`, so the enum is `#[non_exhaustive]`.",
        e.name
    )));
    let variants = e.outcomes.iter().map(|o| variant_decl(o, types));
    let decode = |o: &Outcome| {
        let v = ident(&o.variant);
        match &o.ty {
            None | Some(TypeRef::Binary) => quote!(Some(Self::#v)),
            Some(t) => {
                let t = type_tokens(t, types);
                quote!(serde_json::from_str::<#t>(body).ok().map(Self::#v))
            }
        }
    };
    let arms = e.outcomes.iter().filter_map(|o| {
        let p = pattern(&o.status)?;
        let d = decode(o);
        Some(quote!(#p => #d,))
    });
    let fallback = e
        .outcomes
        .iter()
        .find(|o| o.status == ResponseStatus::Default)
        .map(decode)
        .unwrap_or_else(|| quote!(None));
    quote! {
        #doc
        #[derive(Debug, Clone)]
        #[cfg_attr(feature = #PARTIAL_EQ_FEATURE, derive(PartialEq))]
        #[non_exhaustive]
        pub enum #name {
            #( #variants )*
            /// A status the spec does not document, or a body that does not decode as it says.
            Other {
                /// The HTTP status.
                status: u16,
                /// The response body (lossy UTF-8, at most the error body limit).
                body: String,
            },
        }

        impl crate::OperationError for #name {
            fn from_api_error(error: &crate::ApiError) -> Self {
                let body = error.body.as_str();
                let decoded = match error.status {
                    #( #arms )*
                    _ => #fallback,
                };
                decoded.unwrap_or_else(|| Self::Other {
                    status: error.status,
                    body: error.body.clone(),
                })
            }
        }
    }
}

/// The operation's response and error enums, when it has them (`handle`: the resource's
/// handle type, whose method the docs link).
pub fn outcome_enums(op: &Operation, handle: &str, types: &TypeSpace) -> TokenStream {
    let method = format!("{handle}::{}", op.fn_name.as_str());
    let success = op
        .success_enum
        .as_ref()
        .map(|e| success_tokens(e, &method, types));
    let errors = match &op.errors {
        Some(OperationErrors::Enum(e)) => Some(error_tokens(e, &method, types)),
        _ => None,
    };
    quote!(#success #errors)
}

/// The `# Errors` section of an operation's docs: its error enum, or the body type every
/// documented error status shares.
pub fn errors_doc(op: &Operation, types: &TypeSpace) -> Option<String> {
    match op.errors.as_ref()? {
        OperationErrors::Enum(e) => Some(format!(
            "# Errors\n\nThe documented error statuses decode into [`{0}`]: \
             `err.operation_error::<{0}>()`.",
            e.name
        )),
        OperationErrors::Body { ty, statuses } => {
            let statuses: Vec<String> = statuses
                .iter()
                .map(|s| format!("`{}`", status_text(s)))
                .collect();
            let text = ty.user_text(types);
            let linked = match ty.direct_named() {
                Some(id) => {
                    let name = types.name(id);
                    format!("[`{name}`](crate::types::{name})")
                }
                None => format!("`{text}`"),
            };
            Some(format!(
                "# Errors\n\nThe documented error statuses ({}) carry a {linked} body: \
                 `err.error_body::<{text}>()`.",
                statuses.join(", ")
            ))
        }
    }
}
