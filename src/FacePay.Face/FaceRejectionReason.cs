namespace FacePay.Face;

/// <summary>Why a capture was not accepted for verification. Stable codes for APIs and metrics.</summary>
public enum FaceRejectionReason
{
    /// <summary>The bytes are empty or not a JPEG, PNG or WebP image (judged from the content, not the file name).</summary>
    NotAnImage = 1,

    /// <summary>The image header was recognised but the data is truncated or damaged.</summary>
    ImageCorrupt = 2,

    /// <summary>The upload exceeds the byte limit or the pixel limit.</summary>
    ImageTooLarge = 3,

    /// <summary>No face was found.</summary>
    NoFace = 4,

    /// <summary>Two or more faces of comparable size: it is ambiguous who is paying.</summary>
    MultipleFaces = 5,

    /// <summary>The face is smaller than the configured minimum side.</summary>
    FaceTooSmall = 6,

    /// <summary>The face extends beyond the image border.</summary>
    FaceCutByFrame = 7,

    /// <summary>The anti-spoofing model judged the capture unlikely to be a live face.</summary>
    LivenessTooLow = 8,
}
