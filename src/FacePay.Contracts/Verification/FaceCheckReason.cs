namespace FacePay.Contracts.Verification;

/// <summary>Why a face check rejected an image. Stable codes (the same numbers as the face library's rejection reasons).</summary>
[GenerateSerializer, Alias("FacePay.FaceCheckReason")]
public enum FaceCheckReason
{
    /// <summary>Not rejected.</summary>
    None = 0,

    /// <summary>Empty, or not a JPEG, PNG or WebP image.</summary>
    NotAnImage = 1,

    /// <summary>Recognised format but truncated or damaged data.</summary>
    ImageCorrupt = 2,

    /// <summary>Over the byte or pixel limit.</summary>
    ImageTooLarge = 3,

    /// <summary>No face found.</summary>
    NoFace = 4,

    /// <summary>Two or more faces of comparable size.</summary>
    MultipleFaces = 5,

    /// <summary>The face is too small to verify.</summary>
    FaceTooSmall = 6,

    /// <summary>The face extends beyond the image border.</summary>
    FaceCutByFrame = 7,

    /// <summary>The capture is unlikely to be a live face.</summary>
    LivenessTooLow = 8,
}
