package tnef

// Property ids of common MAPI properties (MS-OXPROPS). Combine with a
// [Type] through [NewTag].
const (
	PidAlternateRecipientAllowed            uint16 = 0x0002 // PR_ALTERNATE_RECIPIENT_ALLOWED
	PidConversationKey                      uint16 = 0x000B // PR_CONVERSATION_KEY
	PidImportance                           uint16 = 0x0017 // PR_IMPORTANCE
	PidMessageClass                         uint16 = 0x001A // PR_MESSAGE_CLASS
	PidOriginatorDeliveryReportRequested    uint16 = 0x0023 // PR_ORIGINATOR_DELIVERY_REPORT_REQUESTED
	PidParentKey                            uint16 = 0x0025 // PR_PARENT_KEY
	PidPriority                             uint16 = 0x0026 // PR_PRIORITY
	PidReadReceiptRequested                 uint16 = 0x0029 // PR_READ_RECEIPT_REQUESTED
	PidReceiptTime                          uint16 = 0x002A // PR_RECEIPT_TIME
	PidReportTag                            uint16 = 0x0031 // PR_REPORT_TAG
	PidReportTime                           uint16 = 0x0032 // PR_REPORT_TIME
	PidSensitivity                          uint16 = 0x0036 // PR_SENSITIVITY
	PidSubject                              uint16 = 0x0037 // PR_SUBJECT
	PidClientSubmitTime                     uint16 = 0x0039 // PR_CLIENT_SUBMIT_TIME
	PidReportName                           uint16 = 0x003A // PR_REPORT_NAME
	PidSentRepresentingSearchKey            uint16 = 0x003B // PR_SENT_REPRESENTING_SEARCH_KEY
	PidSubjectPrefix                        uint16 = 0x003D // PR_SUBJECT_PREFIX
	PidSentRepresentingEntryID              uint16 = 0x0041 // PR_SENT_REPRESENTING_ENTRYID
	PidSentRepresentingName                 uint16 = 0x0042 // PR_SENT_REPRESENTING_NAME
	PidReportEntryID                        uint16 = 0x0045 // PR_REPORT_ENTRYID
	PidReadReceiptEntryID                   uint16 = 0x0046 // PR_READ_RECEIPT_ENTRYID
	PidOriginalSubject                      uint16 = 0x0049 // PR_ORIGINAL_SUBJECT
	PidOrigMessageClass                     uint16 = 0x004B // PR_ORIG_MESSAGE_CLASS
	PidOriginalSubmitTime                   uint16 = 0x004E // PR_ORIGINAL_SUBMIT_TIME
	PidReadReceiptSearchKey                 uint16 = 0x0053 // PR_READ_RECEIPT_SEARCH_KEY
	PidOriginalDeliveryTime                 uint16 = 0x0055 // PR_ORIGINAL_DELIVERY_TIME
	PidStartDate                            uint16 = 0x0060 // PR_START_DATE
	PidEndDate                              uint16 = 0x0061 // PR_END_DATE
	PidOwnerApptID                          uint16 = 0x0062 // PR_OWNER_APPT_ID
	PidResponseRequested                    uint16 = 0x0063 // PR_RESPONSE_REQUESTED
	PidSentRepresentingAddrType             uint16 = 0x0064 // PR_SENT_REPRESENTING_ADDRTYPE
	PidSentRepresentingEmailAddress         uint16 = 0x0065 // PR_SENT_REPRESENTING_EMAIL_ADDRESS
	PidConversationTopic                    uint16 = 0x0070 // PR_CONVERSATION_TOPIC
	PidConversationIndex                    uint16 = 0x0071 // PR_CONVERSATION_INDEX
	PidOriginalDisplayBcc                   uint16 = 0x0072 // PR_ORIGINAL_DISPLAY_BCC
	PidOriginalDisplayCc                    uint16 = 0x0073 // PR_ORIGINAL_DISPLAY_CC
	PidOriginalDisplayTo                    uint16 = 0x0074 // PR_ORIGINAL_DISPLAY_TO
	PidTransportMessageHeaders              uint16 = 0x007D // PR_TRANSPORT_MESSAGE_HEADERS
	PidTnefCorrelationKey                   uint16 = 0x007F // PR_TNEF_CORRELATION_KEY
	PidReportDisposition                    uint16 = 0x0080 // PR_REPORT_DISPOSITION
	PidReportDispositionMode                uint16 = 0x0081 // PR_REPORT_DISPOSITION_MODE
	PidNonReceiptNotificationRequested      uint16 = 0x0C06 // PR_NON_RECEIPT_NOTIFICATION_REQUESTED
	PidOriginatorNonDeliveryReportRequested uint16 = 0x0C08 // PR_ORIGINATOR_NON_DELIVERY_REPORT_REQUESTED
	PidRecipientType                        uint16 = 0x0C15 // PR_RECIPIENT_TYPE
	PidReplyRequested                       uint16 = 0x0C17 // PR_REPLY_REQUESTED
	PidSenderEntryID                        uint16 = 0x0C19 // PR_SENDER_ENTRYID
	PidSenderName                           uint16 = 0x0C1A // PR_SENDER_NAME
	PidSenderSearchKey                      uint16 = 0x0C1D // PR_SENDER_SEARCH_KEY
	PidSenderAddrType                       uint16 = 0x0C1E // PR_SENDER_ADDRTYPE
	PidSenderEmailAddress                   uint16 = 0x0C1F // PR_SENDER_EMAIL_ADDRESS
	PidDisplayBcc                           uint16 = 0x0E02 // PR_DISPLAY_BCC
	PidDisplayCc                            uint16 = 0x0E03 // PR_DISPLAY_CC
	PidDisplayTo                            uint16 = 0x0E04 // PR_DISPLAY_TO
	PidMessageDeliveryTime                  uint16 = 0x0E06 // PR_MESSAGE_DELIVERY_TIME
	PidMessageFlags                         uint16 = 0x0E07 // PR_MESSAGE_FLAGS
	PidHasAttach                            uint16 = 0x0E1B // PR_HASATTACH
	PidNormalizedSubject                    uint16 = 0x0E1D // PR_NORMALIZED_SUBJECT
	PidRTFInSync                            uint16 = 0x0E1F // PR_RTF_IN_SYNC
	PidAttachSize                           uint16 = 0x0E20 // PR_ATTACH_SIZE
	PidAttachNum                            uint16 = 0x0E21 // PR_ATTACH_NUM
	PidObjectType                           uint16 = 0x0FFE // PR_OBJECT_TYPE
	PidBody                                 uint16 = 0x1000 // PR_BODY
	PidReportText                           uint16 = 0x1001 // PR_REPORT_TEXT
	PidRTFSyncBodyCRC                       uint16 = 0x1006 // PR_RTF_SYNC_BODY_CRC
	PidRTFSyncBodyCount                     uint16 = 0x1007 // PR_RTF_SYNC_BODY_COUNT
	PidRTFSyncBodyTag                       uint16 = 0x1008 // PR_RTF_SYNC_BODY_TAG
	PidRTFCompressed                        uint16 = 0x1009 // PR_RTF_COMPRESSED
	PidHTML                                 uint16 = 0x1013 // PR_HTML
	PidNativeBody                           uint16 = 0x1016 // PR_NATIVE_BODY_INFO
	PidInternetMessageID                    uint16 = 0x1035 // PR_INTERNET_MESSAGE_ID
	PidInternetReferences                   uint16 = 0x1039 // PR_INTERNET_REFERENCES
	PidInReplyToID                          uint16 = 0x1042 // PR_IN_REPLY_TO_ID
	PidDisplayName                          uint16 = 0x3001 // PR_DISPLAY_NAME
	PidAddrType                             uint16 = 0x3002 // PR_ADDRTYPE
	PidEmailAddress                         uint16 = 0x3003 // PR_EMAIL_ADDRESS
	PidCreationTime                         uint16 = 0x3007 // PR_CREATION_TIME
	PidLastModificationTime                 uint16 = 0x3008 // PR_LAST_MODIFICATION_TIME
	PidSearchKey                            uint16 = 0x300B // PR_SEARCH_KEY
	PidAttachDataBin                        uint16 = 0x3701 // PR_ATTACH_DATA_BIN
	PidAttachEncoding                       uint16 = 0x3702 // PR_ATTACH_ENCODING
	PidAttachExtension                      uint16 = 0x3703 // PR_ATTACH_EXTENSION
	PidAttachFilename                       uint16 = 0x3704 // PR_ATTACH_FILENAME
	PidAttachMethod                         uint16 = 0x3705 // PR_ATTACH_METHOD
	PidAttachLongFilename                   uint16 = 0x3707 // PR_ATTACH_LONG_FILENAME
	PidAttachPathname                       uint16 = 0x3708 // PR_ATTACH_PATHNAME
	PidAttachRendering                      uint16 = 0x3709 // PR_ATTACH_RENDERING
	PidAttachTag                            uint16 = 0x370A // PR_ATTACH_TAG
	PidRenderingPosition                    uint16 = 0x370B // PR_RENDERING_POSITION
	PidAttachTransportName                  uint16 = 0x370C // PR_ATTACH_TRANSPORT_NAME
	PidAttachLongPathname                   uint16 = 0x370D // PR_ATTACH_LONG_PATHNAME
	PidAttachMIMETag                        uint16 = 0x370E // PR_ATTACH_MIME_TAG
	PidAttachContentID                      uint16 = 0x3712 // PR_ATTACH_CONTENT_ID
	PidAttachContentLocation                uint16 = 0x3713 // PR_ATTACH_CONTENT_LOCATION
	PidAttachFlags                          uint16 = 0x3714 // PR_ATTACH_FLAGS
	PidDisplayType                          uint16 = 0x3900 // PR_DISPLAY_TYPE
	PidSMTPAddress                          uint16 = 0x39FE // PR_SMTP_ADDRESS
	PidTransmitableDisplayName              uint16 = 0x3A20 // PR_TRANSMITABLE_DISPLAY_NAME
	PidSendRichInfo                         uint16 = 0x3A40 // PR_SEND_RICH_INFO
	PidInternetCPID                         uint16 = 0x3FDE // PR_INTERNET_CPID
	PidMessageLocaleID                      uint16 = 0x3FF1 // PR_MESSAGE_LOCALE_ID
	PidMessageCodepage                      uint16 = 0x3FFD // PR_MESSAGE_CODEPAGE
	PidMsgEditorFormat                      uint16 = 0x5909 // PR_MSG_EDITOR_FORMAT
	PidRecipientEntryID                     uint16 = 0x5FF7 // PR_RECIPIENT_ENTRYID
	PidRecipientFlags                       uint16 = 0x5FFD // PR_RECIPIENT_FLAGS
	PidRecipientTrackStatus                 uint16 = 0x5FFF // PR_RECIPIENT_TRACK_STATUS
	PidAttachmentHidden                     uint16 = 0x7FFE // PR_ATTACHMENT_HIDDEN
)

// propNames maps property ids to their PR_* names for dumps.
var propNames = map[uint16]string{
	PidAlternateRecipientAllowed:            "PR_ALTERNATE_RECIPIENT_ALLOWED",
	PidConversationKey:                      "PR_CONVERSATION_KEY",
	PidImportance:                           "PR_IMPORTANCE",
	PidMessageClass:                         "PR_MESSAGE_CLASS",
	PidOriginatorDeliveryReportRequested:    "PR_ORIGINATOR_DELIVERY_REPORT_REQUESTED",
	PidParentKey:                            "PR_PARENT_KEY",
	PidPriority:                             "PR_PRIORITY",
	PidReadReceiptRequested:                 "PR_READ_RECEIPT_REQUESTED",
	PidReceiptTime:                          "PR_RECEIPT_TIME",
	PidReportTag:                            "PR_REPORT_TAG",
	PidReportTime:                           "PR_REPORT_TIME",
	PidSensitivity:                          "PR_SENSITIVITY",
	PidSubject:                              "PR_SUBJECT",
	PidClientSubmitTime:                     "PR_CLIENT_SUBMIT_TIME",
	PidReportName:                           "PR_REPORT_NAME",
	PidSentRepresentingSearchKey:            "PR_SENT_REPRESENTING_SEARCH_KEY",
	PidSubjectPrefix:                        "PR_SUBJECT_PREFIX",
	PidSentRepresentingEntryID:              "PR_SENT_REPRESENTING_ENTRYID",
	PidSentRepresentingName:                 "PR_SENT_REPRESENTING_NAME",
	PidReportEntryID:                        "PR_REPORT_ENTRYID",
	PidReadReceiptEntryID:                   "PR_READ_RECEIPT_ENTRYID",
	PidOriginalSubject:                      "PR_ORIGINAL_SUBJECT",
	PidOrigMessageClass:                     "PR_ORIG_MESSAGE_CLASS",
	PidOriginalSubmitTime:                   "PR_ORIGINAL_SUBMIT_TIME",
	PidReadReceiptSearchKey:                 "PR_READ_RECEIPT_SEARCH_KEY",
	PidOriginalDeliveryTime:                 "PR_ORIGINAL_DELIVERY_TIME",
	PidStartDate:                            "PR_START_DATE",
	PidEndDate:                              "PR_END_DATE",
	PidOwnerApptID:                          "PR_OWNER_APPT_ID",
	PidResponseRequested:                    "PR_RESPONSE_REQUESTED",
	PidSentRepresentingAddrType:             "PR_SENT_REPRESENTING_ADDRTYPE",
	PidSentRepresentingEmailAddress:         "PR_SENT_REPRESENTING_EMAIL_ADDRESS",
	PidConversationTopic:                    "PR_CONVERSATION_TOPIC",
	PidConversationIndex:                    "PR_CONVERSATION_INDEX",
	PidOriginalDisplayBcc:                   "PR_ORIGINAL_DISPLAY_BCC",
	PidOriginalDisplayCc:                    "PR_ORIGINAL_DISPLAY_CC",
	PidOriginalDisplayTo:                    "PR_ORIGINAL_DISPLAY_TO",
	PidTransportMessageHeaders:              "PR_TRANSPORT_MESSAGE_HEADERS",
	PidTnefCorrelationKey:                   "PR_TNEF_CORRELATION_KEY",
	PidReportDisposition:                    "PR_REPORT_DISPOSITION",
	PidReportDispositionMode:                "PR_REPORT_DISPOSITION_MODE",
	PidNonReceiptNotificationRequested:      "PR_NON_RECEIPT_NOTIFICATION_REQUESTED",
	PidOriginatorNonDeliveryReportRequested: "PR_ORIGINATOR_NON_DELIVERY_REPORT_REQUESTED",
	PidRecipientType:                        "PR_RECIPIENT_TYPE",
	PidReplyRequested:                       "PR_REPLY_REQUESTED",
	PidSenderEntryID:                        "PR_SENDER_ENTRYID",
	PidSenderName:                           "PR_SENDER_NAME",
	PidSenderSearchKey:                      "PR_SENDER_SEARCH_KEY",
	PidSenderAddrType:                       "PR_SENDER_ADDRTYPE",
	PidSenderEmailAddress:                   "PR_SENDER_EMAIL_ADDRESS",
	PidDisplayBcc:                           "PR_DISPLAY_BCC",
	PidDisplayCc:                            "PR_DISPLAY_CC",
	PidDisplayTo:                            "PR_DISPLAY_TO",
	PidMessageDeliveryTime:                  "PR_MESSAGE_DELIVERY_TIME",
	PidMessageFlags:                         "PR_MESSAGE_FLAGS",
	PidHasAttach:                            "PR_HASATTACH",
	PidNormalizedSubject:                    "PR_NORMALIZED_SUBJECT",
	PidRTFInSync:                            "PR_RTF_IN_SYNC",
	PidAttachSize:                           "PR_ATTACH_SIZE",
	PidAttachNum:                            "PR_ATTACH_NUM",
	PidObjectType:                           "PR_OBJECT_TYPE",
	PidBody:                                 "PR_BODY",
	PidReportText:                           "PR_REPORT_TEXT",
	PidRTFSyncBodyCRC:                       "PR_RTF_SYNC_BODY_CRC",
	PidRTFSyncBodyCount:                     "PR_RTF_SYNC_BODY_COUNT",
	PidRTFSyncBodyTag:                       "PR_RTF_SYNC_BODY_TAG",
	PidRTFCompressed:                        "PR_RTF_COMPRESSED",
	PidHTML:                                 "PR_HTML",
	PidNativeBody:                           "PR_NATIVE_BODY_INFO",
	PidInternetMessageID:                    "PR_INTERNET_MESSAGE_ID",
	PidInternetReferences:                   "PR_INTERNET_REFERENCES",
	PidInReplyToID:                          "PR_IN_REPLY_TO_ID",
	PidDisplayName:                          "PR_DISPLAY_NAME",
	PidAddrType:                             "PR_ADDRTYPE",
	PidEmailAddress:                         "PR_EMAIL_ADDRESS",
	PidCreationTime:                         "PR_CREATION_TIME",
	PidLastModificationTime:                 "PR_LAST_MODIFICATION_TIME",
	PidSearchKey:                            "PR_SEARCH_KEY",
	PidAttachDataBin:                        "PR_ATTACH_DATA_BIN",
	PidAttachEncoding:                       "PR_ATTACH_ENCODING",
	PidAttachExtension:                      "PR_ATTACH_EXTENSION",
	PidAttachFilename:                       "PR_ATTACH_FILENAME",
	PidAttachMethod:                         "PR_ATTACH_METHOD",
	PidAttachLongFilename:                   "PR_ATTACH_LONG_FILENAME",
	PidAttachPathname:                       "PR_ATTACH_PATHNAME",
	PidAttachRendering:                      "PR_ATTACH_RENDERING",
	PidAttachTag:                            "PR_ATTACH_TAG",
	PidRenderingPosition:                    "PR_RENDERING_POSITION",
	PidAttachTransportName:                  "PR_ATTACH_TRANSPORT_NAME",
	PidAttachLongPathname:                   "PR_ATTACH_LONG_PATHNAME",
	PidAttachMIMETag:                        "PR_ATTACH_MIME_TAG",
	PidAttachContentID:                      "PR_ATTACH_CONTENT_ID",
	PidAttachContentLocation:                "PR_ATTACH_CONTENT_LOCATION",
	PidAttachFlags:                          "PR_ATTACH_FLAGS",
	PidDisplayType:                          "PR_DISPLAY_TYPE",
	PidSMTPAddress:                          "PR_SMTP_ADDRESS",
	PidTransmitableDisplayName:              "PR_TRANSMITABLE_DISPLAY_NAME",
	PidSendRichInfo:                         "PR_SEND_RICH_INFO",
	PidInternetCPID:                         "PR_INTERNET_CPID",
	PidMessageLocaleID:                      "PR_MESSAGE_LOCALE_ID",
	PidMessageCodepage:                      "PR_MESSAGE_CODEPAGE",
	PidMsgEditorFormat:                      "PR_MSG_EDITOR_FORMAT",
	PidRecipientEntryID:                     "PR_RECIPIENT_ENTRYID",
	PidRecipientFlags:                       "PR_RECIPIENT_FLAGS",
	PidRecipientTrackStatus:                 "PR_RECIPIENT_TRACK_STATUS",
	PidAttachmentHidden:                     "PR_ATTACHMENT_HIDDEN",
}
