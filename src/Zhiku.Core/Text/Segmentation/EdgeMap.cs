namespace Zhiku.Text.Segmentation;

/// <summary>
/// Open-addressing hash map from a trie edge (parent node, next char) to the child node. One probe sequence of longs
/// instead of a dictionary of strings keeps the DAG walk free of hashing whole fragments.
/// </summary>
internal sealed class EdgeMap
{
    private long[] _keys;
    private int[] _values;
    private int _mask;
    private int _shift;

    public EdgeMap(int capacityPowerOfTwo = 1 << 16)
    {
        _keys = new long[capacityPowerOfTwo];
        _values = new int[capacityPowerOfTwo];
        _mask = capacityPowerOfTwo - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacityPowerOfTwo);
    }

    private EdgeMap(EdgeMap other)
    {
        _keys = (long[])other._keys.Clone();
        _values = (int[])other._values.Clone();
        _mask = other._mask;
        _shift = other._shift;
        Count = other.Count;
    }

    public int Count { get; private set; }

    /// <summary>Builds the key of an edge; parent is never 0 (root edges live in a direct table), so 0 marks empty.</summary>
    public static long Key(int parent, char c) => ((long)parent << 16) | c;

    public int Get(long key)
    {
        var i = Slot(key);
        while (true)
        {
            var k = _keys[i];
            if (k == key)
            {
                return _values[i];
            }

            if (k == 0)
            {
                return 0;
            }

            i = (i + 1) & _mask;
        }
    }

    public void Add(long key, int value)
    {
        if ((Count + 1) * 2 > _keys.Length)
        {
            Grow();
        }

        var i = Slot(key);
        while (_keys[i] != 0 && _keys[i] != key)
        {
            i = (i + 1) & _mask;
        }

        if (_keys[i] == 0)
        {
            Count++;
        }

        _keys[i] = key;
        _values[i] = value;
    }

    public EdgeMap Clone() => new(this);

    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);

    private void Grow()
    {
        var oldKeys = _keys;
        var oldValues = _values;
        var size = oldKeys.Length * 2;
        _keys = new long[size];
        _values = new int[size];
        _mask = size - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)size);
        Count = 0;
        for (var i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] != 0)
            {
                Add(oldKeys[i], oldValues[i]);
            }
        }
    }
}
