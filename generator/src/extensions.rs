//! Extension keys the load stage writes for the model stage: neutral names for facts that
//! exporters state in extensions of their own (the loader translates those; the model reads
//! only these).

/// On an operation: the folder it is filed under, `/`-separated (`Payments/Refunds`); the last
/// part names its resource. From Apifox's `x-apifox-folder`.
pub const OPERATION_FOLDER: &str = "x-codegen-folder";

/// On a schema with an `enum`: documentation of its values, a list of
/// `{value, name?, description?}` (a short label and a longer text). From Apifox's
/// `x-apifox-enum`.
pub const ENUM_DOCS: &str = "x-codegen-enum";

/// On a schema, parameter, header or request body: the API does not implement it yet (expect
/// it to be absent). The value says who says so, as a phrase (`the reference marks this field
/// 未实现`), or is `true`. From the `（未实现）` ("not implemented") notes of Apifox exports'
/// descriptions, which the loader removes from the description.
pub const NOT_IMPLEMENTED: &str = "x-codegen-not-implemented";
