"""Frequent Urdu function words: language identification counts them.

Written in Urdu's own letters (ی ک ہ ے ھ), which Persian and Arabic do not use this way,
so that a Persian-spelled name inside an Urdu article does not tip the balance.
"""

FUNCTION_WORDS = frozenset(
    """
    ہے ہیں تھا تھی تھے ہوں ہو گا گی گے کا کی کے کو نے سے میں پر اور کہ یہ وہ
    بھی نہیں ہوا ہوئی ہوئے گیا گئی گئے کیا کیں کرنے کرتے کر رہا رہی رہے
    جو جس جن ان اس انہوں انہیں لیے لئے کیلئے کیلیے ساتھ بعد تک بھر ایک دیا دی
    """.split()
)
