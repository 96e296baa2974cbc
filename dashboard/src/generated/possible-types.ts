
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "Action": [
      "ConnectAction",
      "HangupAction",
      "PlayAction",
      "SleepAction",
      "TalkAction"
    ],
    "Node": [
      "AccessKey",
      "Call",
      "Campaign",
      "CampaignCall",
      "Customer",
      "DncList",
      "Outdial",
      "OutdialTarget",
      "Outplan",
      "User",
      "Webhook",
      "WebhookDelivery"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Action": [
      "ConnectAction",
      "HangupAction",
      "PlayAction",
      "SleepAction",
      "TalkAction"
    ],
    "Node": [
      "AccessKey",
      "Call",
      "Campaign",
      "CampaignCall",
      "Customer",
      "DncList",
      "Outdial",
      "OutdialTarget",
      "Outplan",
      "User",
      "Webhook",
      "WebhookDelivery"
    ]
  }
};
      export default result;
    