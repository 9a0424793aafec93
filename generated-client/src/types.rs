// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Every type of the API: request bodies, parameters, responses and the objects they hold.

/// The conversions every string enum has: `FromStr`, `Display`, and serde as a plain string,
/// all through the enum's `as_str` and `From<&str>`.
macro_rules! string_enum_impls {
    ($name:ident) => {
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
                let value = <std::borrow::Cow<'de, str> as serde::Deserialize<'de>>::deserialize(deserializer)?;
                Ok(Self::from(value.as_ref()))
            }
        }
    };
}

/// Generated from `#/components/schemas/Dispute`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct Dispute {
    /// Unique identifier for the object.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// "dispute"
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    /// Disputed amount. Usually the amount of the charge, but can differ (usually because of currency fluctuation or because only part of the order is disputed).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<i64>,
    /// **Not implemented by the API yet** (the reference marks this field 未实现); expect it to be absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub balance_transactions: Option<Vec<String>>,
    /// ID of the charge that was disputed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge: Option<String>,
    /// Time at which the object was created. Measured in seconds since the Unix epoch.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// Three-letter ISO currency code, in lowercase. Must be a supported currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency: Option<String>,
    /// Evidence provided to respond to a dispute. Updating any field in the hash will submit all fields in the hash for review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<crate::types::DisputeEvidence>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence_details: Option<crate::types::DisputeEvidenceDetails>,
    /// **Not implemented by the API yet** (the reference marks this field 未实现); expect it to be absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub is_charge_refundable: Option<bool>,
    /// Has the value true if the object exists in live mode or the value false if the object exists in test mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub livemode: Option<bool>,
    /// Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// ID of the PaymentIntent that was disputed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_intent: Option<String>,
    /// **Not implemented by the API yet** (the reference marks this field 未实现); expect it to be absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Current status of dispute. Possible values are warning_needs_response, warning_under_review, warning_closed, needs_response, under_review, charge_refunded, won, or lost.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<crate::types::DisputeStatus>,
    /// Visa and MasterCard organized their reason codes into four categories. While American Express and Discover each use additional categories to help categorize their reason codes, customer dispute categorization is moving towards the four category standard.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_type: Option<String>,
    /// The detailed description of the dispute reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_description: Option<String>,
    /// Reason codes are alphanumeric strings of text provided in a chargeback notification as a means of explaining the cause for the dispute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_code: Option<String>,
}

/// Generated from `#/components/schemas/Dispute Evidence`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct DisputeEvidence {
    /// Any server or activity logs showing proof that the customer accessed or downloaded the purchased digital product. This information should include IP addresses, corresponding timestamps, and any detailed recorded activity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_activity_log: Option<String>,
    /// The billing address provided by the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_address: Option<String>,
    /// (ID of a file upload) Your subscription cancellation policy, as shown to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancellation_policy: Option<String>,
    /// An explanation of how and when the customer was shown your refund policy prior to purchase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancellation_policy_disclosure: Option<String>,
    /// A justification for why the customer’s subscription was not canceled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancellation_rebuttal: Option<String>,
    /// (ID of a file upload) Any communication with the customer that you feel is relevant to your case. Examples include emails proving that the customer received the product or service, or demonstrating their use of or satisfaction with the product or service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_communication: Option<String>,
    /// The email address of the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_email_address: Option<String>,
    /// Customer name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_name: Option<String>,
    /// The IP address that the customer used when making the purchase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_purchase_ip: Option<String>,
    /// (ID of a file upload) A relevant document or contract showing the customer’s signature.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_signature: Option<String>,
    /// (ID of a file upload) Documentation for the prior charge that can uniquely identify the charge, such as a receipt, shipping label, work order, etc. This document should be paired with a similar document from the disputed payment that proves the two payments are separate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_charge_documentation: Option<String>,
    /// An explanation of the difference between the disputed charge versus the prior charge that appears to be a duplicate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_charge_explanation: Option<String>,
    /// The ID for the prior charge which appears to be a duplicate of the disputed charge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_charge_id: Option<String>,
    /// A description of the product or service that was sold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_description: Option<String>,
    /// (ID of a file upload) Any receipt or message sent to the customer notifying them of the charge.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub receipt: Option<String>,
    /// (ID of a file upload) Your refund policy, as shown to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_policy: Option<String>,
    /// Documentation demonstrating that the customer was shown your refund policy prior to purchase.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_policy_disclosure: Option<String>,
    /// A justification for why the customer is not entitled to a refund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub refund_refusal_explanation: Option<String>,
    /// The date on which the customer received or began receiving the purchased service, in a clear human-readable format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_date: Option<String>,
    /// (ID of a file upload) Documentation showing proof that a service was provided to the customer. This could include a copy of a signed contract, work order, or other form of written agreement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_documentation: Option<String>,
    /// The address to which a physical product was shipped. You should try to include as complete address information as possible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_address: Option<String>,
    /// The delivery service that shipped a physical product, such as Fedex, UPS, USPS, etc. If multiple carriers were used for this purchase, please separate them with commas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_carrier: Option<String>,
    /// The date on which a physical product began its route to the shipping address, in a clear human-readable format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_date: Option<String>,
    /// (ID of a file upload) Documentation showing proof that a product was shipped to the customer at the same address the customer provided to you. This could include a copy of the shipment receipt, shipping label, etc. It should show the customer’s full shipping address, if possible.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_documentation: Option<String>,
    /// The tracking number for a physical product, obtained from the delivery service. If multiple tracking numbers were generated for this purchase, please separate them with commas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shipping_tracking_number: Option<String>,
    /// (ID of a file upload) Any additional evidence or statements.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncategorized_file: Option<String>,
    /// Any additional evidence or statements.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncategorized_text: Option<String>,
}

/// Generated from `#/components/schemas/Dispute/properties/evidence_details`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct DisputeEvidenceDetails {
    /// Date by which evidence must be submitted in order to successfully challenge dispute. Will be null if the customer’s bank or credit card company doesn’t allow a response for this particular dispute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due_by: Option<i64>,
    /// Whether evidence has been staged for this dispute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_evidence: Option<bool>,
    /// Whether the last evidence submission was submitted past the due date. Defaults to false if no evidence submissions have occurred. If true, then delivery of the latest evidence is not guaranteed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub past_due: Option<bool>,
    /// The number of times evidence has been submitted. Typically, you may only submit evidence once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submission_count: Option<i64>,
}

/// Current status of dispute. Possible values are warning_needs_response, warning_under_review, warning_closed, needs_response, under_review, charge_refunded, won, or lost.
///
/// Generated from `#/components/schemas/Dispute/properties/status`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DisputeStatus {
    /// `warning_needs_response`
    WarningNeedsResponse,
    /// `warning_under_review`
    WarningUnderReview,
    /// `warning_closed`
    WarningClosed,
    /// `needs_response`
    NeedsResponse,
    /// `under_review`
    UnderReview,
    /// `charge_refunded`
    ChargeRefunded,
    /// `won`
    Won,
    /// `lost`
    Lost,
    /// `early_dispute_warning`
    EarlyDisputeWarning,
    /// `early_dispute_resolved`
    EarlyDisputeResolved,
    /// A value this version of the spec does not list, kept as the server sent it.
    Unknown(String),
}

impl DisputeStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WarningNeedsResponse => "warning_needs_response",
            Self::WarningUnderReview => "warning_under_review",
            Self::WarningClosed => "warning_closed",
            Self::NeedsResponse => "needs_response",
            Self::UnderReview => "under_review",
            Self::ChargeRefunded => "charge_refunded",
            Self::Won => "won",
            Self::Lost => "lost",
            Self::EarlyDisputeWarning => "early_dispute_warning",
            Self::EarlyDisputeResolved => "early_dispute_resolved",
            Self::Unknown(other) => other.as_str(),
        }
    }
}

impl From<&str> for DisputeStatus {
    fn from(value: &str) -> Self {
        match value {
            "warning_needs_response" => Self::WarningNeedsResponse,
            "warning_under_review" => Self::WarningUnderReview,
            "warning_closed" => Self::WarningClosed,
            "needs_response" => Self::NeedsResponse,
            "under_review" => Self::UnderReview,
            "charge_refunded" => Self::ChargeRefunded,
            "won" => Self::Won,
            "lost" => Self::Lost,
            "early_dispute_warning" => Self::EarlyDisputeWarning,
            "early_dispute_resolved" => Self::EarlyDisputeResolved,
            other => Self::Unknown(other.to_owned()),
        }
    }
}

string_enum_impls!(DisputeStatus);

/// Generated from `#/paths/~1v1~1disputes~1list/get/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListDisputes {
    /// Only return disputes associated to the charge specified by this charge ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge: Option<String>,
    /// Only return disputes associated to the PaymentIntent specified by this PaymentIntent ID.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_intent: Option<String>,
    /// Only return disputes that were created during the given date interval (Unix timestamps in seconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<crate::types::ListDisputesCreated>,
    /// A cursor for use in pagination. ending_before is an object ID that defines your place in the list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ending_before: Option<String>,
    /// A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<i64>,
    /// A cursor for use in pagination. starting_after is an object ID that defines your place in the list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starting_after: Option<String>,
}

/// Only return disputes that were created during the given date interval (Unix timestamps in seconds).
///
/// Generated from `#/paths/~1v1~1disputes~1list/get/requestBody/content/application~1json/schema/properties/created`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListDisputesCreated {
    /// Minimum value to filter by (exclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gt: Option<i64>,
    /// Minimum value to filter by (inclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gte: Option<i64>,
    /// Maximum value to filter by (exclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lt: Option<i64>,
    /// Maximum value to filter by (inclusive).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lte: Option<i64>,
}

/// Generated from `#/paths/~1v1~1disputes~1list/get/responses/200/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ListDisputesResponse {
    /// String representing the object's type. Always "list".
    pub object: String,
    /// The URL where this list can be accessed.
    pub url: String,
    /// Whether there are more disputes after this page.
    pub has_more: bool,
    /// The disputes of this page.
    pub data: Vec<crate::types::Dispute>,
}

/// Generated from `#/paths/~1v1~1disputes~1{id}/post/requestBody/content/application~1json/schema`.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateDispute {
    /// Evidence provided to respond to a dispute. Updating any field in the hash will submit all fields in the hash for review.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub evidence: Option<crate::types::DisputeEvidence>,
    /// Set of key-value pairs that you can attach to an object. This can be useful for storing additional information about the object in a structured format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// Whether to immediately submit evidence to the bank. If false, evidence is staged on the dispute.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub submit: Option<bool>,
}
