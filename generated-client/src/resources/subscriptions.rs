// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on subscriptions.
/// Operations on subscriptions; get one with [`Client::subscriptions`](crate::Client::subscriptions).
#[derive(Debug, Clone)]
pub struct SubscriptionsResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on subscriptions.
    pub fn subscriptions(&self) -> SubscriptionsResource<'_> {
        SubscriptionsResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> SubscriptionsResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// Create a subscription
    ///
    /// Starts billing a customer for one or more recurring prices.
    ///
    /// `POST /v1/subscriptions`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::CreateSubscription {
    ///     currency: Some("USD".to_string()),
    ///     ..wooshpay::CreateSubscription::new(
    ///         "cus_1953770230215868416",
    ///         vec![
    ///             wooshpay::CreateSubscriptionItemsItem { quantity : Some(1),
    ///             ..wooshpay::CreateSubscriptionItemsItem::new(Default::default(),
    ///             "price_1766032392478261248", wooshpay::SubscriptionPriceData::new("USD",
    ///             "prod_1766032392490844160", wooshpay::PriceRecurring { interval_count :
    ///             Some(1), ..Default::default() }, 2000)) }
    ///         ],
    ///     )
    /// };
    /// let _response = client.subscriptions().create(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(
        &self,
        body: &crate::types::CreateSubscription,
    ) -> crate::Call<'a, crate::types::Subscription> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                String::from("/v1/subscriptions"),
            );
            request.operation("subscriptions.create", "/v1/subscriptions");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Subscription>,
        )
    }
    /// Update a subscription
    ///
    /// Changes a subscription's items, or cancels it at the end of the period.
    ///
    /// `POST /v1/subscriptions/{id}`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the subscription.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::UpdateSubscription {
    ///     cancel_at_period_end: Some(false),
    ///     line_items: Some(
    ///         vec![
    ///             wooshpay::UpdateSubscriptionLineItemsItem { id :
    ///             Some("si_1942466974063788032".to_string()), price_data :
    ///             Some(wooshpay::UpdateSubscriptionLineItemsItemPriceData { currency :
    ///             Some("currency_9be108a6ee4e".to_string()), product :
    ///             Some("product_cddfddb17876".to_string()), unit_amount : Some(0),
    ///             recurring : Some(wooshpay::PriceRecurring { interval_count : Some(0),
    ///             ..Default::default() }), active : Some(false), nickname :
    ///             Some("nickname_94ad62776055".to_string()), product_data :
    ///             Some(wooshpay::ProductData { id : Some("id_37bf9721d87d".to_string()),
    ///             name : Some("name_3c67055cd98e".to_string()), active : Some(false),
    ///             description : Some("description_976184aca331".to_string()), url :
    ///             Some("url_9254e121d785".to_string()), images :
    ///             Some(vec!["images_e564fe2c0d03".to_string()]), ..Default::default() }),
    ///             billing_scheme : Some(wooshpay::BillingScheme::PerUnit), lookup_key :
    ///             Some("lookup_key_858bbfbff35a".to_string()), tiers_mode :
    ///             Some("tiers_mode_0e4196b47cdc".to_string()), ..Default::default() }),
    ///             quantity : Some(0), deleted : Some(false), ..Default::default() }
    ///         ],
    ///     ),
    ///     proration_behavior: Some("proration_behavior_3e5b982c1876".to_string()),
    ///     ..Default::default()
    /// };
    /// let _response = client.subscriptions().update("...", &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(
        &self,
        id: &str,
        body: &crate::types::UpdateSubscription,
    ) -> crate::Call<'a, crate::types::Subscription> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                ["/v1/subscriptions/", &*id_segment].concat(),
            );
            request.operation("subscriptions.update", "/v1/subscriptions/{id}");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::Subscription>,
        )
    }
}
