//! Generated types → tokens.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::emit::serde_impls;
use crate::model::directions::{Directions, DESERIALIZE_FEATURE, SERIALIZE_FEATURE};
use crate::model::features::PARTIAL_EQ_FEATURE;
use crate::model::{
    Alternative, Field, TaggedVariant, TypeDef, TypeKind, TypeRef, TypeSpace, Variant,
};

/// The identifier of a type or variant name the namer made (`UpperCamelCase`, never a
/// keyword). Names that are not one (a namer bug) become a valid stand-in rather than a panic.
pub fn ident(name: &str) -> Ident {
    crate::model::ident::plain_ident(name)
        .unwrap_or_else(|| Ident::new(&crate::model::naming::type_name(name), Span::call_site()))
}

/// `#[doc = " line"]` attributes, one per line, so the formatter prints `///` comments.
pub fn doc_attrs(doc: Option<&str>) -> TokenStream {
    let Some(doc) = doc else {
        return TokenStream::new();
    };
    // The last guard: no invisible or bidirectional control character reaches a comment,
    // whatever the text's source (`rustc` refuses the bidirectional ones).
    let doc = crate::model::docs::strip_hidden(doc);
    let lines = doc.lines().map(|l| {
        if l.is_empty() {
            String::new()
        } else {
            format!(" {l}")
        }
    });
    quote! { #( #[doc = #lines] )* }
}

/// The Rust type for a [`TypeRef`], as used inside the `types` module.
pub fn type_tokens(ty: &TypeRef, space: &TypeSpace) -> TokenStream {
    match ty {
        TypeRef::String => quote!(String),
        TypeRef::I32 => quote!(i32),
        TypeRef::I64 => quote!(i64),
        TypeRef::F64 => quote!(f64),
        TypeRef::Bool => quote!(bool),
        TypeRef::Json => quote!(serde_json::Value),
        TypeRef::Named(id) => {
            let i = ident(space.name(*id));
            quote!(crate::types::#i)
        }
        TypeRef::Vec(inner) => {
            let i = type_tokens(inner, space);
            quote!(Vec<#i>)
        }
        TypeRef::Map(inner) => {
            let i = type_tokens(inner, space);
            quote!(std::collections::BTreeMap<String, #i>)
        }
        TypeRef::Boxed(inner) => {
            let i = type_tokens(inner, space);
            quote!(Box<#i>)
        }
        TypeRef::Binary => quote!(crate::FileUpload),
        TypeRef::Nullable(inner) => {
            let i = type_tokens(inner, space);
            quote!(Option<#i>)
        }
        TypeRef::Expandable(inner) => {
            let i = type_tokens(inner, space);
            quote!(crate::Expandable<#i>)
        }
    }
}

/// What a value of `ty` is, in words, for doc comments the spec does not provide
/// (`a list of [`Charge`]`); links resolve in the `types` module, where fields live.
pub fn describe_type(ty: &TypeRef, space: &TypeSpace) -> String {
    match ty {
        TypeRef::String => "a string".into(),
        TypeRef::I32 | TypeRef::I64 => "an integer".into(),
        TypeRef::F64 => "a number".into(),
        TypeRef::Bool => "`true` or `false`".into(),
        TypeRef::Json => "any JSON value".into(),
        TypeRef::Binary => "a file's bytes".into(),
        TypeRef::Named(id) => format!("[`{}`]", space.name(*id)),
        TypeRef::Vec(inner) => format!("a list of {}", describe_type(inner, space)),
        TypeRef::Map(inner) => format!("a map from strings to {}", describe_type(inner, space)),
        TypeRef::Boxed(inner) | TypeRef::Nullable(inner) => describe_type(inner, space),
        TypeRef::Expandable(inner) => {
            format!(
                "an ID, or the expanded object: {}",
                describe_type(inner, space)
            )
        }
    }
}

/// `evidence_details` → `Evidence details`.
fn humanize(name: &str) -> String {
    let words = name
        .split(|c: char| c == '_' || c == '-' || c == '.' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => name.to_owned(),
    }
}

/// A struct field with its serde attributes. A field the spec does not describe gets a doc
/// from its name and type, so every public item of the crate is documented.
pub fn field_tokens(field: &Field, space: &TypeSpace) -> TokenStream {
    let name = field.rust_name.to_ident();
    let ty = type_tokens(&field.ty, space);
    let mut doc = Some(field.doc.clone().unwrap_or_else(|| {
        format!(
            "{} (`{}`): {}.",
            humanize(&field.wire_name),
            field.wire_name,
            describe_type(&field.ty, space)
        )
    }));
    let wire_note = match field.integer_wire {
        Some(crate::model::IntegerWire::Text) => {
            Some("Sent as a JSON string of digits (`\"500\"`), as the API documents it; read from a string or a number.")
        }
        Some(crate::model::IntegerWire::Lenient) => {
            Some("The API documents it both as a number and as a string of digits: sent as a number, read from either.")
        }
        None => None,
    };
    if let (Some(note), Some(d)) = (wire_note, doc.as_mut()) {
        d.push_str("\n\n");
        d.push_str(note);
    }
    if field.deprecated {
        doc = Some(match doc {
            Some(d) => format!("{d}\n\n**Deprecated.**"),
            None => "**Deprecated.**".into(),
        });
    }
    let docs = doc_attrs(doc.as_deref());
    // Users who set or read a deprecated field get the compiler's warning; the crate's own
    // impls allow it (see `typedef_tokens`).
    let deprecated = field.deprecated.then(|| quote!(#[deprecated]));
    // The wire name and optionality are the serde impls' business (`serde_impls`): the
    // field itself carries no serde attributes.
    if field.required {
        quote! { #docs #deprecated pub #name: #ty, }
    } else {
        quote! { #docs #deprecated pub #name: Option<#ty>, }
    }
}

/// What every kind of generated type starts from: its name, docs, `PartialEq` derive and
/// which serde directions it always implements.
struct TypeHeader<'a> {
    name: Ident,
    /// The types, for the names of those referred to.
    space: &'a TypeSpace,
    docs: TokenStream,
    partial_eq: TokenStream,
    always_ser: bool,
    always_de: bool,
}

/// One generated type, with the serde impls the API needs (the others behind the crate's
/// `serialize` / `deserialize` features).
pub fn typedef_tokens(def: &TypeDef, directions: &Directions, space: &TypeSpace) -> TokenStream {
    // The JSON pointer a type comes from is in the change report (`api.json`), not in its docs.
    let doc = def
        .doc
        .clone()
        .unwrap_or_else(|| crate::model::docs::origin_doc(&def.pointer));
    let header = TypeHeader {
        name: ident(&def.name),
        space,
        docs: doc_attrs(Some(&doc)),
        partial_eq: quote!(#[cfg_attr(feature = #PARTIAL_EQ_FEATURE, derive(PartialEq))]),
        always_ser: directions.always_serialize(def.id),
        always_de: directions.always_deserialize(def.id),
    };
    match &def.kind {
        TypeKind::Struct(fields) => struct_tokens(&header, def, fields),
        TypeKind::Alias(t) => {
            let (docs, name, t) = (&header.docs, &header.name, type_tokens(t, space));
            quote! { #docs pub type #name = #t; }
        }
        TypeKind::OneOf(alts) => one_of_tokens(&header, alts),
        TypeKind::Tagged {
            tag,
            variants,
            fallback,
        } => tagged_tokens(&header, tag, variants, fallback),
        TypeKind::StringEnum { variants, fallback } => {
            string_enum_tokens(&header, variants, fallback)
        }
    }
}

/// A struct: its fields, `Default` where nothing is required, its `new`, its serde impls.
fn struct_tokens(header: &TypeHeader, def: &TypeDef, fields: &[Field]) -> TokenStream {
    let TypeHeader {
        name,
        space,
        docs,
        partial_eq,
        always_ser,
        always_de,
    } = header;
    let (always_ser, always_de) = (*always_ser, *always_de);
    let default = def.has_default.then(|| quote!(Default,));
    let constructor = crate::emit::constructors::constructor_tokens(&def.name, fields, space);
    let serialize = serde_impls::serialize_impl(&def.name, fields, always_ser);
    let deserialize = serde_impls::deserialize_impl(&def.name, fields, always_de, space);
    // The derives, the constructor and the serde impls touch every field, deprecated
    // ones too: that use is the crate's own, not the user's.
    // (The serde impls carry their own `allow`.)
    let (allow, allow_constructor) = if fields.iter().any(|f| f.deprecated) {
        let allow = quote!(#[allow(deprecated)]);
        let constructor_allow = (!constructor.is_empty()).then(|| allow.clone());
        (Some(allow), constructor_allow)
    } else {
        (None, None)
    };
    let fields = fields.iter().map(|f| field_tokens(f, space));
    quote! {
        #docs
        #allow
        #[derive(Debug, Clone, #default)]
        #partial_eq
        pub struct #name {
            #( #fields )*
        }

        #allow_constructor
        #constructor
        #serialize
        #deserialize
    }
}

/// An untagged union: one variant per alternative, serde's own `untagged` decoding.
fn one_of_tokens(header: &TypeHeader, alts: &[Alternative]) -> TokenStream {
    let TypeHeader {
        name,
        space,
        docs,
        partial_eq,
        always_ser,
        always_de,
    } = header;
    let (always_ser, always_de) = (*always_ser, *always_de);
    let variants = alts.iter().map(|a| {
        let v = ident(&a.rust_name);
        let t = type_tokens(&a.ty, space);
        let doc = format!(" The value as {}.", describe_type(&a.ty, space));
        // serde buffers an untagged union and decodes the variants from the buffer; a
        // generated struct still takes an object only (its `Deserialize` asks for a map),
        // so the variants need no strict wrapper.
        quote!(#[doc = #doc] #v(#t),)
    });
    let ser_derive =
        serde_impls::direction_derive(always_ser, SERIALIZE_FEATURE, quote!(serde::Serialize));
    let de_derive =
        serde_impls::direction_derive(always_de, DESERIALIZE_FEATURE, quote!(serde::Deserialize));
    quote! {
        #docs
        #[derive(Debug, Clone)]
        #partial_eq
        #ser_derive
        #de_derive
        #[serde(untagged)]
        pub enum #name {
            #( #variants )*
        }
    }
}

/// A union tagged by a property: one variant per tag value, the fallback keeping unknown tags.
fn tagged_tokens(
    header: &TypeHeader,
    tag: &str,
    variants: &[TaggedVariant],
    fallback: &str,
) -> TokenStream {
    let TypeHeader {
        name,
        space,
        docs,
        partial_eq,
        always_ser,
        always_de,
    } = header;
    let ser_gate = serde_impls::direction_gate(*always_ser, SERIALIZE_FEATURE);
    let de_gate = serde_impls::direction_gate(*always_de, DESERIALIZE_FEATURE);
    let fallback = ident(fallback);
    let decl = variants.iter().map(|v| {
        let vi = ident(&v.rust_name);
        let t = type_tokens(&v.ty, space);
        let doc = format!(" `{tag}: {}`", v.tag_value);
        quote!(#[doc = #doc] #vi(#t),)
    });
    let decode = variants.iter().map(|v| {
        let vi = ident(&v.rust_name);
        let value = &v.tag_value;
        quote!(Some(#value) => crate::strict::from_value(value).map(Self::#vi).map_err(serde::de::Error::custom),)
    });
    let encode = variants.iter().map(|v| {
        let vi = ident(&v.rust_name);
        let value = &v.tag_value;
        quote!(Self::#vi(inner) => tagged_serialize(inner, #tag, #value, serializer),)
    });
    let tag_values = variants.iter().map(|v| {
        let vi = ident(&v.rust_name);
        let value = &v.tag_value;
        quote!(Self::#vi(_) => Some(#value),)
    });
    let fallback_doc = format!(
        " An object whose `{tag}` this version of the spec does not list, kept as the server sent it."
    );
    quote! {
        #docs
        #[derive(Debug, Clone)]
        #partial_eq
        pub enum #name {
            #( #decl )*
            #[doc = #fallback_doc]
            #fallback(serde_json::Value),
        }

        impl #name {
            /// The value of the tag property, when the variant is one the spec lists.
            pub fn tag(&self) -> Option<&'static str> {
                match self {
                    #( #tag_values )*
                    Self::#fallback(_) => None,
                }
            }
        }

        #ser_gate
        impl serde::Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    #( #encode )*
                    Self::#fallback(raw) => serde::Serialize::serialize(raw, serializer),
                }
            }
        }

        #de_gate
        impl<'de> serde::Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <serde_json::Value as serde::Deserialize<'de>>::deserialize(deserializer)?;
                match value.get(#tag).and_then(serde_json::Value::as_str) {
                    #( #decode )*
                    _ => Ok(Self::#fallback(value)),
                }
            }
        }
    }
}

/// A string enum: one variant per value, the fallback keeping unknown values.
fn string_enum_tokens(header: &TypeHeader, variants: &[Variant], fallback: &str) -> TokenStream {
    let TypeHeader { name, docs, .. } = header;
    let fallback = ident(fallback);
    let decl = variants.iter().map(|v| {
        let vi = ident(&v.rust_name);
        let value_doc = crate::model::docs::code_span(&v.value);
        let doc = doc_attrs(Some(&match &v.doc {
            Some(d) => crate::model::docs::labelled(&value_doc, d),
            None => value_doc,
        }));
        quote!(#doc #vi,)
    });
    let to_str = variants.iter().map(|v| {
        let vi = ident(&v.rust_name);
        let s = &v.value;
        quote!(Self::#vi => #s,)
    });
    let from_str = variants.iter().map(|v| {
        let vi = ident(&v.rust_name);
        let s = &v.value;
        quote!(#s => Self::#vi,)
    });
    // `Clone` is derived; the rest (`Debug`, equality, hashing, parsing, serde) goes
    // through `as_str` and `From<&str>` in `string_enum_impls!`: derived `Debug`,
    // `PartialEq` and `Hash` match on every variant again, and a crate with hundreds
    // of enums pays for each match in compile time.
    quote! {
        #docs
        #[derive(Clone)]
        pub enum #name {
            #( #decl )*
            /// A value this version of the spec does not list, kept as the server sent it.
            #fallback(String),
        }

        impl #name {
            /// The value as sent on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #( #to_str )*
                    Self::#fallback(other) => other.as_str(),
                }
            }
        }

        impl From<&str> for #name {
            fn from(value: &str) -> Self {
                match value {
                    #( #from_str )*
                    other => Self::#fallback(other.to_owned()),
                }
            }
        }

        string_enum_impls!(#name);
    }
}

/// `string_enum_impls!(Name)`: the impls every string enum has the same way, all through
/// `as_str` and `From<&str>`: `Debug` (the wire value, like `http::Method`), `PartialEq`, `Eq`
/// and `Hash` by wire value, `FromStr`, `Display`, and serde as a plain string. Written once
/// at the top of `types.rs` instead of once per enum, and each impl a single call: a crate
/// with hundreds of enums (Stripe) pays about a third of the compile time derives cost.
/// Inserted as text, formatted.
pub const STRING_ENUM_IMPLS: &str = r#"/// The impls every string enum has, all through the enum's `as_str` and `From<&str>`:
/// `Debug` shows the wire value, equality and hashing compare it (an `Unknown` holding a
/// listed value equals that variant), `FromStr`, `Display`, and serde as a plain string.
#[allow(unused_macros)]
macro_rules! string_enum_impls {
    ($name:ident) => {
        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Debug::fmt(self.as_str(), f)
            }
        }

        impl PartialEq for $name {
            fn eq(&self, other: &Self) -> bool {
                self.as_str() == other.as_str()
            }
        }

        impl Eq for $name {}

        impl std::hash::Hash for $name {
            fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
                self.as_str().hash(state)
            }
        }

        impl std::str::FromStr for $name {
            type Err = std::convert::Infallible;

            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                crate::object::string_enum(deserializer)
            }
        }
    };
}
"#;

/// `tagged_serialize`: writes a tagged union's payload with its tag property set (payloads
/// that declare the tag already carry it; others get it added). Written once per crate, only
/// when the crate has tagged unions. Inserted as text, formatted.
pub const TAGGED_SERIALIZE: &str = r#"/// Serializes a tagged union's payload with the tag property set to `value`.
#[allow(dead_code)]
fn tagged_serialize<T: serde::Serialize, S: serde::Serializer>(
    inner: &T,
    tag: &str,
    value: &str,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    let mut json = serde_json::to_value(inner).map_err(serde::ser::Error::custom)?;
    if let serde_json::Value::Object(map) = &mut json {
        map.entry(tag.to_owned())
            .or_insert_with(|| serde_json::Value::String(value.to_owned()));
    }
    serde::Serialize::serialize(&json, serializer)
}
"#;

/// The `#[cfg(...)]` that compiles a type only with the features reaching it; `None` for
/// types every build has.
pub fn feature_gate(
    plan: &crate::model::features::FeaturePlan,
    id: crate::model::TypeId,
) -> Option<syn::Attribute> {
    let (features, client) = plan.gate(id);
    // One feature is `feature = "x"`, several `any(...)`: clippy's `non_minimal_cfg` flags a
    // one-member `any`.
    let any = match features.as_slice() {
        [] => None,
        [one] => Some(quote!(feature = #one)),
        several => Some(quote!(any(#( feature = #several ),*))),
    };
    let client = client.then(|| quote!(feature = "client"));
    match (any, client) {
        (None, None) => None,
        (Some(a), None) => Some(syn::parse_quote!(#[cfg(#a)])),
        (None, Some(c)) => Some(syn::parse_quote!(#[cfg(#c)])),
        (Some(a), Some(c)) => Some(syn::parse_quote!(#[cfg(all(#c, #a))])),
    }
}

/// The attributes of a generated item (types, impls, functions, macro calls).
pub fn item_attrs(item: &mut syn::Item) -> Option<&mut Vec<syn::Attribute>> {
    use syn::Item;
    Some(match item {
        Item::Struct(i) => &mut i.attrs,
        Item::Enum(i) => &mut i.attrs,
        Item::Type(i) => &mut i.attrs,
        Item::Impl(i) => &mut i.attrs,
        Item::Fn(i) => &mut i.attrs,
        Item::Macro(i) => &mut i.attrs,
        Item::Const(i) => &mut i.attrs,
        _ => return None,
    })
}

/// The whole `types` module.
pub fn types_module(defs: &[TypeDef], directions: &Directions, space: &TypeSpace) -> TokenStream {
    let items = defs.iter().map(|d| typedef_tokens(d, directions, space));
    quote! {
        //! Every type of the API: request bodies, parameters, responses and the objects they hold.
        #( #items )*
    }
}
