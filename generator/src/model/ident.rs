//! [`RustIdent`]: a valid Rust identifier that knows how it is written (`type` as `r#type`,
//! `self` as `self_`). Only the namer ([`crate::model::naming`]) makes one, from any text; emit
//! code turns it into tokens with [`RustIdent::to_ident`], the one place identifiers are built.

use std::fmt;

use proc_macro2::{Ident, Span};

/// Strict keywords of every edition (2015–2024), including those only strict from 2018 on
/// (`async`, `await`, `dyn`).
const STRICT: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub",
    "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while",
];

/// Reserved keywords of every edition (`try` from 2018, `gen` from 2024).
const RESERVED: &[&str] = &[
    "abstract", "become", "box", "do", "final", "gen", "macro", "override", "priv", "try",
    "typeof", "unsized", "virtual", "yield",
];

/// Keywords that cannot be written raw (`r#self` is an error): they get a `_` instead.
const NOT_RAW: &[&str] = &["crate", "self", "Self", "super", "_"];

/// Whether `word` is a strict or reserved keyword of some edition. Weak keywords (`union`,
/// `raw`, `safe`, `macro_rules`, `static` as in `'static` aside) are identifiers.
pub fn is_keyword(word: &str) -> bool {
    STRICT.contains(&word) || RESERVED.contains(&word) || word == "_"
}

/// How an identifier is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Form {
    /// As it is (`amount`).
    Plain,
    /// Raw: a keyword that may be one (`r#type`).
    Raw,
    /// A keyword that cannot be raw, with `_` appended (`self_`).
    Suffixed,
}

/// A valid Rust identifier: the text written without any `r#` (`type`, `self_`, `amount`) and
/// whether it must be written raw. Ordered and compared by its text.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RustIdent {
    text: String,
    form: Form,
}

impl RustIdent {
    /// The identifier for `word`, which must already be made of identifier characters and not
    /// start with a digit (the namer's job): a keyword becomes raw, or gets a `_` when it cannot
    /// be raw. Only the namer calls this.
    pub(in crate::model) fn escaped(word: &str) -> RustIdent {
        debug_assert!(is_identifier(word), "not an identifier: {word:?}");
        if NOT_RAW.contains(&word) {
            RustIdent {
                text: format!("{word}_"),
                form: Form::Suffixed,
            }
        } else if is_keyword(word) {
            RustIdent {
                text: word.to_owned(),
                form: Form::Raw,
            }
        } else {
            RustIdent {
                text: word.to_owned(),
                form: Form::Plain,
            }
        }
    }

    /// The identifier's text, never with `r#` (`type`, `self_`): for file names, reports,
    /// settings and messages, and to build other names from.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether it is written raw (`r#type`).
    pub fn is_raw(&self) -> bool {
        self.form == Form::Raw
    }

    /// The word the identifier was made from, before any escaping (`self` for `self_`): joined
    /// with a suffix it no longer needs escaping (`self_slot`, not `self__slot`).
    pub fn stem(&self) -> &str {
        match self.form {
            Form::Suffixed => &self.text[..self.text.len() - 1],
            Form::Plain | Form::Raw => &self.text,
        }
    }

    /// This identifier with `suffix` appended to its stem (`type` + `_all` → `type_all`,
    /// `self` + `_slot` → `self_slot`), escaped again if that is a keyword.
    pub fn with_suffix(&self, suffix: &str) -> RustIdent {
        RustIdent::escaped(&format!("{}{suffix}", self.stem()))
    }

    /// The token: `Ident::new_raw` for raw identifiers, `Ident::new` otherwise.
    pub fn to_ident(&self) -> Ident {
        if self.is_raw() {
            Ident::new_raw(&self.text, Span::call_site())
        } else {
            Ident::new(&self.text, Span::call_site())
        }
    }
}

/// Written as in code: `r#type`, `self_`, `amount`.
impl fmt::Display for RustIdent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_raw() {
            f.write_str("r#")?;
        }
        f.write_str(&self.text)
    }
}

impl PartialEq<str> for RustIdent {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for RustIdent {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

impl quote::ToTokens for RustIdent {
    fn to_tokens(&self, tokens: &mut proc_macro2::TokenStream) {
        tokens.extend(std::iter::once(proc_macro2::TokenTree::Ident(
            self.to_ident(),
        )));
    }
}

/// Whether `text` is an identifier (XID start or `_`, then XID continue), keyword or not.
pub fn is_identifier(text: &str) -> bool {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) if c == '_' || unicode_ident::is_xid_start(c) => {
            text != "_" && chars.all(unicode_ident::is_xid_continue)
        }
        _ => false,
    }
}

/// The token for a name the namer made that is never a keyword (type and variant names in
/// `UpperCamelCase`, never `Self`); `None` when it is not a plain identifier.
pub fn plain_ident(name: &str) -> Option<Ident> {
    (is_identifier(name) && !is_keyword(name)).then(|| Ident::new(name, Span::call_site()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_are_raw_or_suffixed() {
        for kw in [
            "type", "async", "await", "dyn", "try", "gen", "yield", "abstract", "return",
        ] {
            let id = RustIdent::escaped(kw);
            assert!(id.is_raw(), "{kw}");
            assert_eq!(id.to_string(), format!("r#{kw}"));
            assert_eq!(id.as_str(), kw);
        }
        for kw in ["self", "crate", "super", "Self"] {
            let id = RustIdent::escaped(kw);
            assert!(!id.is_raw());
            assert_eq!(id.to_string(), format!("{kw}_"));
            assert_eq!(id.stem(), kw);
            assert_eq!(id.with_suffix("_slot").as_str(), format!("{kw}_slot"));
        }
        for weak in ["union", "raw", "safe", "macro_rules", "static_"] {
            let id = RustIdent::escaped(weak);
            assert_eq!(id.to_string(), weak);
        }
        assert!(RustIdent::escaped("static").is_raw());
        // Each becomes a valid token.
        for word in ["type", "self", "union", "amount", "jin_e", "δέλτα"] {
            let _ = RustIdent::escaped(word).to_ident();
        }
    }

    #[test]
    fn identifiers_are_recognised() {
        assert!(is_identifier("δέλτα"));
        assert!(is_identifier("_1099_k"));
        assert!(!is_identifier("1example"));
        assert!(!is_identifier("_"));
        assert!(!is_identifier(""));
        assert!(!is_identifier("a-b"));
        assert!(plain_ident("Self").is_none());
        assert!(plain_ident("T1Example").is_some());
    }
}
