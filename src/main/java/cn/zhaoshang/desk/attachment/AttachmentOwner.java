package cn.zhaoshang.desk.attachment;

/** What a file is attached to. Policies keep their own versioned attachments (decision 0081). */
public enum AttachmentOwner {
    COMPANY, PROJECT, VISIT, REQUEST, RECEPTION, EVENT
}
