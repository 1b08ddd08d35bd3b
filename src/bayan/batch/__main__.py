"""``python -m bayan.batch ARGS`` = ``bayan batch ARGS``; also the driver file for spark-submit:

    spark-submit --master yarn ... "$(python -c 'import bayan.batch.__main__ as m; print(m.__file__)')" \\
        hdfs:///news/ --out hdfs:///bayan/news --engine spark
"""

import sys

from bayan.cli import main

if __name__ == "__main__":
    main(["batch", *sys.argv[1:]], prog_name="bayan")
