// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Operations on setup intents.
/// Operations on setup intents; get one with [`Client::setup_intents`](crate::Client::setup_intents).
#[derive(Debug, Clone)]
pub struct SetupIntentsResource<'a> {
    client: &'a crate::Client,
    options: crate::RequestOptions,
}

impl crate::Client {
    /// Operations on setup intents.
    pub fn setup_intents(&self) -> SetupIntentsResource<'_> {
        SetupIntentsResource {
            client: self,
            options: crate::RequestOptions::default(),
        }
    }
}

impl<'a> SetupIntentsResource<'a> {
    /// Uses `options` (retries, timeouts, deadline, extra headers) for the calls made through
    /// this handle. Idempotency keys are set per call: [`Call::idempotency_key`](crate::Call::idempotency_key).
    pub fn with_options(mut self, options: crate::RequestOptions) -> Self {
        self.options = options;
        self
    }
    /// Confirm a SetupIntent
    ///
    /// Confirms that the customer means to save the given or attached payment method; the customer may have to authenticate first (see `next_action`).
    ///
    /// `POST /v1/setup_intents/{id}/confirm`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the SetupIntent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::ConfirmSetupIntent {
    ///     payment_method: Some("pm_1604012357044928512".to_string()),
    ///     payment_method_options: Some(wooshpay::SetupIntentPaymentMethodOptions {
    ///         card: Some(wooshpay::SetupIntentPaymentMethodOptionsCard {
    ///             request_three_d_secure: Some("auto".to_string()),
    ///             ..Default::default()
    ///         }),
    ///         ..Default::default()
    ///     }),
    ///     usage: Some(wooshpay::SetupIntentUsage::OffSession),
    ///     ..wooshpay::ConfirmSetupIntent::new("https://shop.example/cards/saved")
    /// };
    /// let _response = client.setup_intents().confirm("...", &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn confirm(
        &self,
        id: &str,
        body: &crate::types::ConfirmSetupIntent,
    ) -> crate::Call<'a, crate::types::SetupIntent> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                ["/v1/setup_intents/", &*id_segment, "/confirm"].concat(),
            );
            request.operation("setup_intents.confirm", "/v1/setup_intents/{id}/confirm");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::SetupIntent>,
        )
    }
    /// Create a SetupIntent
    ///
    /// Starts saving a payment method for later payments; with `confirm: true` the setup is attempted in the same call.
    ///
    /// `POST /v1/setup_intents`
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::CreateSetupIntent {
    ///     customer: Some("cus_1953770230215868416".to_string()),
    ///     description: Some("Card on file".to_string()),
    ///     payment_method_types: Some(vec!["card".to_string()]),
    ///     usage: Some(wooshpay::SetupIntentUsage::OffSession),
    ///     ..Default::default()
    /// };
    /// let _response = client.setup_intents().create(&body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn create(
        &self,
        body: &crate::types::CreateSetupIntent,
    ) -> crate::Call<'a, crate::types::SetupIntent> {
        let request = crate::client::build_request(|| {
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                String::from("/v1/setup_intents"),
            );
            request.operation("setup_intents.create", "/v1/setup_intents");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::SetupIntent>,
        )
    }
    /// Update a SetupIntent
    ///
    /// Changes the fields of a SetupIntent.
    ///
    /// `POST /v1/setup_intents/{id}`
    ///
    /// # Arguments
    ///
    /// - `id`: ID of the SetupIntent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn run(client: wooshpay::Client) -> Result<(), wooshpay::Error> {
    /// let body = wooshpay::UpdateSetupIntent {
    ///     description: Some("Card on file for order123".to_string()),
    ///     payment_method: Some("pm_1604012357044928512".to_string()),
    ///     payment_method_options: Some(wooshpay::SetupIntentPaymentMethodOptions {
    ///         card: Some(wooshpay::SetupIntentPaymentMethodOptionsCard {
    ///             request_three_d_secure: Some("auto".to_string()),
    ///             ..Default::default()
    ///         }),
    ///         ..Default::default()
    ///     }),
    ///     ..Default::default()
    /// };
    /// let _response = client.setup_intents().update("...", &body).await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn update(
        &self,
        id: &str,
        body: &crate::types::UpdateSetupIntent,
    ) -> crate::Call<'a, crate::types::SetupIntent> {
        let request = crate::client::build_request(|| {
            let id_segment = crate::encoding::encode_path_segment(id)?;
            let mut request = crate::client::ApiRequest::new(
                reqwest::Method::POST,
                ["/v1/setup_intents/", &*id_segment].concat(),
            );
            request.operation("setup_intents.update", "/v1/setup_intents/{id}");
            request.header("Accept", "application/json");
            request.header("Content-Type", "application/json");
            request.json_body(body, "application/json")?;
            Ok(request)
        });
        crate::client::Call::new(
            self.client,
            request,
            &self.options,
            crate::client::decode_json::<crate::types::SetupIntent>,
        )
    }
}
