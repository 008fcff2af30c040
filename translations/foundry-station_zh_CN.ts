<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AttentionAction</name>
    <message>
        <source>Revoke certificate…</source>
        <translation>吊销证书…</translation>
    </message>
    <message>
        <source>Delete them from the device</source>
        <translation>从设备上删除两者</translation>
    </message>
    <message>
        <source>Delete it from the device</source>
        <translation>从设备上删除</translation>
    </message>
    <message>
        <source>Put the device back</source>
        <translation>将设备恢复原状</translation>
    </message>
    <message>
        <source>Recover again</source>
        <translation>再次恢复</translation>
    </message>
    <message>
        <source>Done by hand…</source>
        <translation>已手动完成…</translation>
    </message>
    <message>
        <source>The station cannot do this itself: %1 Then mark it done by hand.</source>
        <translation>工作站无法自行完成此操作：%1 完成后请将其标记为已手动完成。</translation>
    </message>
    <message>
        <source>done by hand</source>
        <translation>已手动完成</translation>
    </message>
    <message>
        <source>done by hand: %1</source>
        <translation>已手动完成：%1</translation>
    </message>
    <message>
        <source>certificate %1 revoked (revoke job %2)</source>
        <translation>证书 %1 已吊销（吊销任务 %2）</translation>
    </message>
    <message>
        <source>Foundry no longer knows certificate %1, so nothing was left to revoke</source>
        <translation>Foundry 已不再知道证书 %1，因此没有需要吊销的内容</translation>
    </message>
    <message>
        <source>Certificate %1 is not revoked: %2 The item stays open; try again.</source>
        <translation>证书 %1 未被吊销：%2 该事项保持未完成；请重试。</translation>
    </message>
    <message>
        <source>The device on %1 is in a lane on the bench, which holds its port. Provision it again into slot %2 there, which replaces what it holds, then mark this done by hand.</source>
        <translation>%1 上的设备位于工作台的某个通道中，该通道占用着其端口。请在那里将其重新预置到槽位 %2（这会替换其中的内容），然后将此事项标记为已手动完成。</translation>
    </message>
    <message>
        <source>deleted from slot %1 on %2 by the station</source>
        <translation>已由工作站从 %2 上的槽位 %1 删除</translation>
    </message>
    <message>
        <source>The device is not on %1 (%2). Plug it in there and try again, or provision it again into slot %3 on any port, which replaces what it holds, and mark this done by hand.</source>
        <translation>设备不在 %1 上（%2）。请将其插到那里后重试，或在任意端口将其重新预置到槽位 %3（这会替换其中的内容），并将此事项标记为已手动完成。</translation>
    </message>
    <message>
        <source>The device on %1 did not delete it (%2: %3). Try again, or provision it again into slot %4, which replaces what it holds, and mark this done by hand.</source>
        <translation>%1 上的设备未将其删除（%2：%3）。请重试，或将其重新预置到槽位 %4（这会替换其中的内容），并将此事项标记为已手动完成。</translation>
    </message>
    <message>
        <source>The device on %1 is in a lane on the bench, which holds its port. Restart the device, then mark this done by hand.</source>
        <translation>%1 上的设备位于工作台的某个通道中，该通道占用着其端口。请重启设备，然后将此事项标记为已手动完成。</translation>
    </message>
    <message>
        <source>The device on %1 was not put back (%2: %3). Restart the device, or send %4 to it, then mark this done by hand.</source>
        <translation>%1 上的设备未恢复原状（%2：%3）。请重启设备，或向其发送 %4，然后将此事项标记为已手动完成。</translation>
    </message>
    <message>
        <source>the station sent %1 to the device on %2, which took it</source>
        <translation>工作站已向 %2 上的设备发送 %1，设备已接受</translation>
    </message>
    <message>
        <source>It is done (%1), but the journal could not record it: %2</source>
        <translation>已完成（%1），但任务记录无法记录：%2</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>已完成：%1。</translation>
    </message>
    <message>
        <source>The station could not read from the journal how the job spoke to the device: %1 Check that the journal can be reached, then try again; the item stays open.</source>
        <translation>工作站无法从任务记录中读取该任务与设备通信的方式：%1 请确保任务记录可以访问，然后重试；该事项保持未完成。</translation>
    </message>
    <message>
        <source>The station did not touch the device on %1: %2. Look at the device by hand, then mark this done by hand.</source>
        <translation>工作站未操作 %1 上的设备：%2。请手动检查设备，然后将此事项标记为已手动完成。</translation>
    </message>
    <message>
        <source>The device was at station %1; this station cannot reach it. Do it at %1, then mark it done by hand.</source>
        <translation>该设备位于工作站 %1；本工作站无法访问它。请在 %1 处理，然后将其标记为已手动完成。</translation>
    </message>
</context>
<context>
    <name>AttentionPanel</name>
    <message>
        <source>Needs &amp;attention</source>
        <translation>需要处理(&amp;A)</translation>
    </message>
    <message>
        <source>Jobs that need attention</source>
        <translation>需要处理的任务</translation>
    </message>
    <message>
        <source>Jobs that ended leaving something for a person; Alt+A goes to the list</source>
        <translation>结束时留下了需要人工处理事项的任务；按 Alt+A 转到列表</translation>
    </message>
    <message>
        <source>Items jobs left for a person</source>
        <translation>任务留给人工处理的事项</translation>
    </message>
    <message>
        <source>Each item says what a job left behind; choose one, then the button that finishes it</source>
        <translation>每个事项说明任务遗留了什么；请选择一项，然后按完成它的按钮</translation>
    </message>
    <message>
        <source>Finish the chosen item</source>
        <translation>完成所选事项</translation>
    </message>
    <message>
        <source>Does what the chosen item asks: revoke its certificate, delete it from the device, put the device back, or recover again</source>
        <translation>执行所选事项要求的操作：吊销其证书、从设备上删除、将设备恢复原状，或再次恢复</translation>
    </message>
    <message>
        <source>Mark the chosen item done by hand</source>
        <translation>将所选事项标记为已手动完成</translation>
    </message>
    <message>
        <source>Asks what you did and records the chosen item as done, with your name, in the journal</source>
        <translation>询问您做了什么，并在任务记录中以您的名字将所选事项记为已完成</translation>
    </message>
    <message>
        <source>What became of the last item</source>
        <translation>上一个事项的结果</translation>
    </message>
    <message>
        <source>Done by hand</source>
        <translation>已手动完成</translation>
    </message>
    <message>
        <source>What did you do? It goes into the journal with your name.

%1</source>
        <translation>您做了什么？这将连同您的名字记入任务记录。

%1</translation>
    </message>
    <message>
        <source>What you did</source>
        <translation>您做了什么</translation>
    </message>
    <message>
        <source>How the item was finished by hand, as the journal keeps it with your name</source>
        <translation>该事项是如何手动完成的，任务记录会连同您的名字保存</translation>
    </message>
    <message>
        <source>Working on it…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <source>The settings changed while an item was being finished; it stays open. Run recovery if it was a revoke, then try again.</source>
        <translation>完成事项期间设置发生了变化；该事项保持未完成。如果是吊销操作，请运行恢复，然后重试。</translation>
    </message>
</context>
<context>
    <name>Base64Text</name>
    <message>
        <source>character &apos;%1&apos; at position %2 is not base64</source>
        <translation>位置 %2 处的字符“%1”不是 Base64 字符</translation>
    </message>
    <message>
        <source>&apos;=&apos; padding appears in the middle, at position %1</source>
        <translation>“=”填充符出现在中间，位于位置 %1</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <source>it ends in %1 &apos;=&apos; signs; base64 has at most 2</source>
        <translation>末尾有 %1 个“=”符号；Base64 最多只有 2 个</translation>
    </message>
    <message>
        <source>its length of %1 characters is not a multiple of 4, so characters were cut out or added</source>
        <translation>其长度 %1 个字符不是 4 的倍数，说明有字符被截掉或添加</translation>
    </message>
</context>
<context>
    <name>BatchBar</name>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>The batch&apos;s and the shift&apos;s counts, the work order&apos;s cap, and the batch&apos;s evidence</source>
        <translation>批次和班次的计数、工单上限以及批次证明</translation>
    </message>
    <message>
        <source>Work order cap:</source>
        <translation>工单上限：</translation>
    </message>
    <message>
        <source>Units in the work order</source>
        <translation>工单中的设备数量</translation>
    </message>
    <message>
        <source>No lane starts a new job once this many units of the batch are provisioned; none sets no cap</source>
        <translation>本批次预置的设备达到此数量后，任何通道都不再开始新任务；“无”表示不设上限</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>New batch</source>
        <translation>新批次</translation>
    </message>
    <message>
        <source>Start a new batch</source>
        <translation>开始新批次</translation>
    </message>
    <message>
        <source>Start the batch&apos;s counts and its evidence from nothing</source>
        <translation>将批次的计数和证明清零重新开始</translation>
    </message>
    <message>
        <source>New shift</source>
        <translation>新班次</translation>
    </message>
    <message>
        <source>Start a new shift</source>
        <translation>开始新班次</translation>
    </message>
    <message>
        <source>Start this shift&apos;s counts from nothing</source>
        <translation>将本班次的计数清零重新开始</translation>
    </message>
    <message>
        <source>Export evidence...</source>
        <translation>导出证明…</translation>
    </message>
    <message>
        <source>Export the batch as evidence</source>
        <translation>将批次导出为证明</translation>
    </message>
    <message>
        <source>Save the batch as a CSV file, with the lanes&apos; log beside it</source>
        <translation>将批次保存为 CSV 文件，并在旁边保存各通道的日志</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>This shift (since %1): %2 done, %3 failed</source>
        <translation>本班次（自 %1 起）：完成 %2，失败 %3</translation>
    </message>
    <message>
        <source>evidence-%1.csv</source>
        <translation>证明-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) saved to %1, the lanes&apos; log to %2.</source>
        <translation>
            <numerusform>已将 %n 个任务保存到 %1，各通道的日志保存到 %2。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchEvidence</name>
    <message>
        <source>The evidence could not be written to %1 (%2): choose another folder.</source>
        <translation>无法将证明文件写入 %1（%2）：请选择其他文件夹。</translation>
    </message>
    <message>
        <source>The lanes&apos; log could not be written to %1 (%2): choose another folder.</source>
        <translation>无法将各通道的日志写入 %1（%2）：请选择其他文件夹。</translation>
    </message>
</context>
<context>
    <name>BenchPage</name>
    <message>
        <source>Product:</source>
        <translation>产品：</translation>
    </message>
    <message>
        <source>Product the bench provisions</source>
        <translation>工作台预置的产品</translation>
    </message>
    <message>
        <source>Every job on the bench uses this product&apos;s device profile, slot and topics</source>
        <translation>工作台上的每个任务都使用此产品的设备配置文件、槽位和主题</translation>
    </message>
    <message>
        <source>Products...</source>
        <translation>产品…</translation>
    </message>
    <message>
        <source>Add, edit or remove product profiles</source>
        <translation>添加、编辑或删除产品配置</translation>
    </message>
    <message>
        <source>Opens the product profiles: device profile, slot, topics, baud rate, scanning and automatic start of each product</source>
        <translation>打开产品配置：每个产品的设备配置文件、槽位、主题、波特率、扫描方式和自动开始</translation>
    </message>
    <message>
        <source>Device ID (scan the label):</source>
        <translation>设备 ID（扫描标签）：</translation>
    </message>
    <message>
        <source>Scan a device ID label, or type it and press Enter</source>
        <translation>扫描设备 ID 标签，或输入 ID 后按回车</translation>
    </message>
    <message>
        <source>Scanned device ID</source>
        <translation>扫描到的设备 ID</translation>
    </message>
    <message>
        <source>Scan a device&apos;s ID label here, or type the ID and press Enter: the lane waiting for a device takes it. Ctrl+Return then starts a lane that waits for Start</source>
        <translation>在此扫描设备的 ID 标签，或输入 ID 后按回车：等待设备的通道会接收它。之后按 Ctrl+Return 即可启动等待“开始”的通道</translation>
    </message>
    <message>
        <source>Simulated device&apos;s port:</source>
        <translation>模拟设备的端口：</translation>
    </message>
    <message>
        <source>Path of a port to add</source>
        <translation>要添加的端口路径</translation>
    </message>
    <message>
        <source>The path of a simulated device&apos;s port, such as /dev/pts/3; Enter opens a lane for it</source>
        <translation>模拟设备端口的路径，例如 /dev/pts/3；按回车为其打开一个通道</translation>
    </message>
    <message>
        <source>Add port</source>
        <translation>添加端口</translation>
    </message>
    <message>
        <source>Add the port</source>
        <translation>添加该端口</translation>
    </message>
    <message>
        <source>Opens a lane for the port typed beside it</source>
        <translation>为旁边输入的端口打开一个通道</translation>
    </message>
    <message>
        <source>No device is plugged in. Plug one in; its lane appears here.</source>
        <translation>没有插入设备。插入设备后，其通道会显示在这里。</translation>
    </message>
    <message>
        <source>No job starts until the product can be used: %1. Press Products... to correct it.</source>
        <translation>在产品可用之前不会开始任何任务：%1。请按“产品…”进行更正。</translation>
    </message>
    <message>
        <source>Provisioning %1: slot %2, topics %3.</source>
        <translation>正在预置 %1：槽位 %2，主题 %3。</translation>
    </message>
    <message>
        <source>%1 has its lane already.</source>
        <translation>%1 已有通道。</translation>
    </message>
    <message>
        <source>The scan is refused: %1. Check that the scanner read the device ID label, then scan again.</source>
        <translation>扫描被拒绝：%1。请检查扫描器是否读取了设备 ID 标签，然后重新扫描。</translation>
    </message>
    <message>
        <source>%1 cannot be provisioned while the chosen product cannot be used. Press Products... to correct it, then scan again.</source>
        <translation>所选产品不可用时无法预置 %1。请按“产品…”进行更正，然后重新扫描。</translation>
    </message>
    <message>
        <source>The scan is refused: %1.</source>
        <translation>扫描被拒绝：%1。</translation>
    </message>
    <message>
        <source>%1 waits for its device: plug it in; its job starts once the device is ready.</source>
        <translation>%1 正在等待其设备：请插入设备；设备就绪后任务即开始。</translation>
    </message>
    <message>
        <source>No lane waits for a device ID: plug a device in, or wait until a lane says it is ready, then scan %1 again.</source>
        <translation>没有通道在等待设备 ID：请插入设备，或等待某个通道显示就绪，然后重新扫描 %1。</translation>
    </message>
    <message>
        <source>%1 waits on the lane on %2: press Start there.</source>
        <translation>%1 正在 %2 上的通道等待：请在那里按“开始”。</translation>
    </message>
    <message>
        <source>This device cannot start on its own: %1. Scan the device ID label to start.</source>
        <translation>此设备无法自动开始：%1。请扫描设备 ID 标签以开始。</translation>
    </message>
    <message>
        <source>Not started: %1.</source>
        <translation>未开始：%1。</translation>
    </message>
    <message>
        <source>%1 waits while the lane on %2 reopens for %3.</source>
        <translation>%1 正在等待 %2 上的通道为 %3 重新打开。</translation>
    </message>
    <message>
        <source>%1 goes to the lane on %2.</source>
        <translation>%1 已分配到 %2 上的通道。</translation>
    </message>
    <message>
        <source>device %1 is being provisioned on the lane on %2 now</source>
        <translation>设备 %1 正在 %2 上的通道中预置</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>cannot open %1: %2. Check the path.</source>
        <translation>无法打开 %1：%2。请检查路径。</translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of a file in it.</source>
        <translation>%1 是一个文件夹；请给出其中某个文件的路径。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, pipe or socket); save the content to a file and give that file&apos;s path.</source>
        <translation>%1 不是普通文件（而是设备、管道或套接字）；请将内容保存到文件中，并给出该文件的路径。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 bytes such a file can have. Is this the right file?</source>
        <translation>%1 大小为 %2 字节，超过此类文件允许的 %3 字节。这是正确的文件吗？</translation>
    </message>
    <message>
        <source>cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>%1 grew past %2 bytes while it was being read, more than such a file can have. Is this the right file?</source>
        <translation>%1 在读取过程中增长超过了 %2 字节，超出此类文件的上限。这是正确的文件吗？</translation>
    </message>
</context>
<context>
    <name>BulkRevocationModel</name>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation>证书 ID</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <source>Planned action</source>
        <translation>计划操作</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>BulkRevocationPlan</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>The file is larger than %1 KiB; split it into smaller files.</source>
        <translation>文件大于 %1 KiB；请将其拆分为较小的文件。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it into smaller files.</source>
        <translation>文件超过 %1 行；请将其拆分为较小的文件。</translation>
    </message>
    <message>
        <source>The file is empty. It needs the header %1 and then one certificate per row.</source>
        <translation>文件为空。它需要标题行 %1，之后每行一个证书。</translation>
    </message>
    <message>
        <source>The first line is not the header this file needs: %1 (in either order), then one certificate per row. Fix the file and choose it again.</source>
        <translation>第一行不是此文件所需的标题行：%1（顺序不限），之后每行一个证书。请修正文件后重新选择。</translation>
    </message>
    <message numerus="yes">
        <source>the row has %n field(s); a row has two, the certificate ID and the device ID</source>
        <translation>
            <numerusform>该行有 %n 个字段；每行应有两个：证书 ID 和设备 ID</numerusform>
        </translation>
    </message>
    <message>
        <source>the certificate ID is not 64 hexadecimal digits</source>
        <translation>证书 ID 不是 64 位十六进制数字</translation>
    </message>
    <message>
        <source>the same certificate as line %1</source>
        <translation>与第 %1 行的证书相同</translation>
    </message>
    <message>
        <source>The journal cannot be read, so the rows cannot be checked against it: %1</source>
        <translation>无法读取任务记录，因此无法据此核对各行：%1</translation>
    </message>
    <message>
        <source>the journal shows it revoked already</source>
        <translation>任务记录显示它已被吊销</translation>
    </message>
    <message>
        <source>its job ended %1, and a rollback may have revoked it already</source>
        <translation>其任务以“%1”结束，回滚可能已将其吊销</translation>
    </message>
    <message>
        <source>the journal has this certificate on device %1, not on this one; check the row</source>
        <translation>任务记录显示此证书属于设备 %1，而不是此设备；请检查该行</translation>
    </message>
    <message>
        <source>not in this station&apos;s journal; Foundry is asked to revoke it anyway</source>
        <translation>不在本工作站的任务记录中；仍会请求 Foundry 吊销</translation>
    </message>
    <message>
        <source>revoke</source>
        <translation>吊销</translation>
    </message>
    <message>
        <source>revoke (not in journal)</source>
        <translation>吊销（不在任务记录中）</translation>
    </message>
    <message>
        <source>skip: already revoked</source>
        <translation>跳过：已吊销</translation>
    </message>
    <message>
        <source>skip: duplicate row</source>
        <translation>跳过：重复行</translation>
    </message>
    <message>
        <source>skip: other device in journal</source>
        <translation>跳过：任务记录中为其他设备</translation>
    </message>
    <message>
        <source>skip: malformed row</source>
        <translation>跳过：格式错误的行</translation>
    </message>
</context>
<context>
    <name>BulkRevocationRunner</name>
    <message>
        <source>The Foundry connection or the journal went away (the settings changed). Run the file again once the station is set up: rows already revoked are then skipped.</source>
        <translation>Foundry 连接或任务记录已不可用（设置发生了变化）。请在工作站设置完成后重新运行该文件：已吊销的行届时会被跳过。</translation>
    </message>
    <message>
        <source>Foundry refused the row on line %1 for a reason every row would meet: %2 The rows after it were not sent; fix this, then run the file again (rows already revoked are then skipped).</source>
        <translation>Foundry 以每一行都会遇到的原因拒绝了第 %1 行：%2 其后的行未发送；请先解决此问题，然后重新运行该文件（已吊销的行届时会被跳过）。</translation>
    </message>
    <message>
        <source>not sent: the run was cancelled</source>
        <translation>未发送：运行已取消</translation>
    </message>
    <message>
        <source>not sent: the run stopped</source>
        <translation>未发送：运行已停止</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>unknown: may be revoked</source>
        <translation>未知：可能已吊销</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
</context>
<context>
    <name>BulkRevokeDialog</name>
    <message>
        <source>Bulk revoke from a file</source>
        <translation>从文件批量吊销</translation>
    </message>
    <message>
        <source>Choose a CSV file with the header certificate_id,device_id and one certificate per row. Nothing is revoked before you confirm.</source>
        <translation>请选择一个 CSV 文件，标题行为 certificate_id,device_id，每行一个证书。确认之前不会吊销任何证书。</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the CSV file of certificates to revoke</source>
        <translation>选择列有待吊销证书的 CSV 文件</translation>
    </message>
    <message>
        <source>Opens the file to read; every row is checked against the journal in a dry run, and nothing is revoked before you confirm</source>
        <translation>打开要读取的文件；每一行都会在试运行中与任务记录核对，确认之前不会吊销任何证书</translation>
    </message>
    <message>
        <source>Rows of the file, their planned action and result</source>
        <translation>文件中的各行及其计划操作和结果</translation>
    </message>
    <message>
        <source>Each row of the file with its planned action: revoke, or skip and why; after the run, what became of it</source>
        <translation>文件中的每一行及其计划操作：吊销，或跳过及原因；运行之后显示其结果</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the journal with each revoke):</source>
        <translation>原因(&amp;R)（随每次吊销记入任务记录）：</translation>
    </message>
    <message>
        <source>Reason for the revocations</source>
        <translation>吊销原因</translation>
    </message>
    <message>
        <source>Why the certificates are revoked; the journal keeps it with each revoke. Once it is filled in Enter revokes, until then Enter goes back to the dry run</source>
        <translation>吊销这些证书的原因；任务记录会将其与每次吊销一并保存。填写后按回车即吊销，在此之前按回车返回试运行</translation>
    </message>
    <message>
        <source>For example: customer recall, key store exposed</source>
        <translation>例如：客户召回、密钥库已泄露</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the dry run without revoking</source>
        <translation>返回试运行，不吊销</translation>
    </message>
    <message>
        <source>Goes back to the dry run; nothing is revoked</source>
        <translation>返回试运行；不会吊销任何证书</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>吊销</translation>
    </message>
    <message>
        <source>Confirm and revoke the certificates</source>
        <translation>确认并吊销这些证书</translation>
    </message>
    <message>
        <source>Revokes the rows planned for it on Foundry, one after another; possible once a reason is typed. Revocation cannot be undone</source>
        <translation>在 Foundry 上逐一吊销计划吊销的行；输入原因后才可执行。吊销无法撤销</translation>
    </message>
    <message>
        <source>Revocation progress</source>
        <translation>吊销进度</translation>
    </message>
    <message>
        <source>How many of the certificates to revoke Foundry has answered for</source>
        <translation>Foundry 已应答的待吊销证书数量</translation>
    </message>
    <message>
        <source>While certificates are being revoked this dialog stays open: Escape and Close do nothing. Cancel run stops the run once the request in flight has its answer; then the dialog can be closed.</source>
        <translation>吊销证书期间此对话框保持打开：Esc 键和“关闭”均不起作用。“取消运行”会在正在进行的请求得到应答后停止运行，之后即可关闭对话框。</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation>运行(&amp;R)…</translation>
    </message>
    <message>
        <source>Run the bulk revoke, after a confirmation</source>
        <translation>经确认后运行批量吊销</translation>
    </message>
    <message>
        <source>Asks for a confirmation and a reason before anything is revoked; possible once the dry run has rows to revoke</source>
        <translation>吊销任何证书之前都会要求确认并填写原因；试运行中有待吊销的行时才可执行</translation>
    </message>
    <message>
        <source>C&amp;ancel run</source>
        <translation>取消运行(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel the bulk revoke once the request in flight has ended</source>
        <translation>在正在进行的请求结束后取消批量吊销</translation>
    </message>
    <message>
        <source>Stops the run once Foundry has answered the request in flight; the rows not sent yet are reported as not sent</source>
        <translation>在 Foundry 应答正在进行的请求后停止运行；尚未发送的行在报告中记为未发送</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the report of every row as CSV</source>
        <translation>将每一行的报告导出为 CSV</translation>
    </message>
    <message>
        <source>Writes every row with its planned action and its result to a CSV file</source>
        <translation>将每一行及其计划操作和结果写入 CSV 文件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the bulk revoke</source>
        <translation>关闭批量吊销</translation>
    </message>
    <message>
        <source>Closes the dialog, as Escape does; not while certificates are being revoked: cancel the run first</source>
        <translation>关闭对话框，与 Esc 键相同；吊销证书期间不可关闭：请先取消运行</translation>
    </message>
    <message>
        <source>Choose the certificates to revoke</source>
        <translation>选择要吊销的证书</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing revoked yet: %n row(s).</source>
        <translation>
            <numerusform>试运行，尚未吊销任何证书：共 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>To revoke: %1 found in the journal, %2 not in it. Skipped: %3 already revoked, %4 duplicate, %5 on another device in the journal, %6 malformed.</source>
        <translation>待吊销：%1 个在任务记录中找到，%2 个不在其中。跳过：%3 个已吊销，%4 个重复，%5 个在任务记录中属于其他设备，%6 个格式错误。</translation>
    </message>
    <message>
        <source>No row of this file would be revoked. Fix the rows marked malformed, or choose another file.</source>
        <translation>此文件中没有会被吊销的行。请修正标记为格式错误的行，或选择其他文件。</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n certificate(s) on Foundry? Revocation cannot be undone: those devices can no longer connect, and each needs a new certificate provisioned.</source>
        <translation>
            <numerusform>要在 Foundry 上吊销 %n 个证书吗？吊销无法撤销：这些设备将无法再连接，每台设备都需要预置新证书。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are not in this station&apos;s journal.</source>
        <translation>
            <numerusform>其中 %n 个不在本工作站的任务记录中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n certificate(s)</source>
        <translation>
            <numerusform>吊销 %n 个证书</numerusform>
        </translation>
    </message>
    <message>
        <source>The Foundry connection is not set up: open Settings, then choose the file again.</source>
        <translation>Foundry 连接尚未设置：请打开“设置”，然后重新选择文件。</translation>
    </message>
    <message>
        <source>Revoking: %1 of %2 done.</source>
        <translation>正在吊销：%2 个中已完成 %1 个。</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>%1 revoked, %2 failed, %3 with an unknown outcome, %4 skipped, %5 not sent. Export the report to keep it.</source>
        <translation>已吊销 %1 个，失败 %2 个，结果未知 %3 个，跳过 %4 个，未发送 %5 个。请导出报告加以保存。</translation>
    </message>
    <message>
        <source>Foundry may or may not have revoked the rows marked unknown: run recovery, then search for them on the Certificates page.</source>
        <translation>Foundry 可能已吊销、也可能未吊销标记为未知的行：请运行恢复，然后在“证书”页面上搜索它们。</translation>
    </message>
    <message>
        <source>Export the bulk revoke report</source>
        <translation>导出批量吊销报告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The report was not exported: %1. Choose another file or folder and try again.</source>
        <translation>报告未导出：%1。请选择其他文件或文件夹后重试。</translation>
    </message>
    <message>
        <source>The report is exported to %1.</source>
        <translation>报告已导出到 %1。</translation>
    </message>
    <message>
        <source>The settings changed during the run; the certificate being revoked may or may not be revoked. Run recovery, then choose the file again: rows already revoked are skipped.</source>
        <translation>运行期间设置发生了变化；正在吊销的证书可能已吊销，也可能没有。请运行恢复，然后重新选择文件：已吊销的行会被跳过。</translation>
    </message>
    <message>
        <source>The settings changed: choose the file again.</source>
        <translation>设置发生了变化：请重新选择文件。</translation>
    </message>
    <message>
        <source>Cancelling: the request in flight is allowed to finish, then nothing more is sent.</source>
        <translation>正在取消：让正在进行的请求完成，之后不再发送任何请求。</translation>
    </message>
    <message>
        <source>There is no journal to check the file against: open Settings and check the journal (a file, or the factory&apos;s postgresql:// address).</source>
        <translation>没有可用于核对该文件的任务记录：请打开“设置”并检查任务记录（一个文件，或工厂的 postgresql:// 地址）。</translation>
    </message>
</context>
<context>
    <name>CertificateBundle</name>
    <message>
        <source>the certificate&apos;s RSA public key cannot be read; the certificate is damaged.</source>
        <translation>无法读取证书的 RSA 公钥；证书已损坏。</translation>
    </message>
    <message>
        <source>the certificate&apos;s public key is of type %1, not RSA; the station supports RSA only. Ask Foundry for RSA certificates.</source>
        <translation>证书的公钥类型为 %1，而不是 RSA；本工作站仅支持 RSA。请向 Foundry 申请 RSA 证书。</translation>
    </message>
    <message>
        <source>the private key does not belong to the certificate, so a device holding both could not connect. The pair must not be installed; generate a new certificate.</source>
        <translation>私钥与证书不匹配，同时持有二者的设备将无法连接。不得安装这对密钥和证书；请生成新证书。</translation>
    </message>
    <message>
        <source>the certificate&apos;s validity dates cannot be read; the certificate is damaged.</source>
        <translation>无法读取证书的有效期；证书已损坏。</translation>
    </message>
    <message>
        <source>the certificate is valid only from %1, and this computer&apos;s clock says %2. Check the clock and time zone of this computer.</source>
        <translation>证书自 %1 起才生效，而本机时钟显示为 %2。请检查本机的时钟和时区。</translation>
    </message>
    <message>
        <source>the certificate expired on %1 (this computer&apos;s clock says %2). Generate a new one, and check the clock if that date looks wrong.</source>
        <translation>证书已于 %1 过期（本机时钟显示为 %2）。请生成新证书；如果该日期看起来有误，请检查时钟。</translation>
    </message>
    <message>
        <source>the certificate (&quot;cert&quot;) is not valid base64: %1. It was damaged on the way: do not install it, and ask Foundry for a new certificate.</source>
        <translation>证书（“cert”）不是有效的 Base64：%1。它在传输中已损坏：请勿安装，并向 Foundry 申请新证书。</translation>
    </message>
    <message>
        <source>the decoded certificate is not usable: %1.</source>
        <translation>解码后的证书不可用：%1。</translation>
    </message>
    <message>
        <source>the decoded certificate holds a &quot;%1&quot; block instead of a CERTIFICATE.</source>
        <translation>解码后的证书包含的是“%1”块，而不是 CERTIFICATE。</translation>
    </message>
    <message>
        <source>the base64 inside the certificate&apos;s PEM is damaged: %1.</source>
        <translation>证书 PEM 中的 Base64 已损坏：%1。</translation>
    </message>
    <message>
        <source>the certificate&apos;s content is not a sound X.509 certificate (its public key or one of its extensions does not decode); it is damaged: ask Foundry for a new certificate.</source>
        <translation>证书内容不是完好的 X.509 证书（其公钥或某个扩展无法解码）；证书已损坏：请向 Foundry 申请新证书。</translation>
    </message>
    <message>
        <source>the certificate&apos;s PEM is well formed but its content is not an X.509 certificate; it is damaged: ask Foundry for a new certificate.</source>
        <translation>证书的 PEM 格式正确，但内容不是 X.509 证书；证书已损坏：请向 Foundry 申请新证书。</translation>
    </message>
    <message>
        <source>the private key (&quot;private&quot;) is not valid base64: %1. It was damaged on the way: do not install it, and ask Foundry for a new certificate.</source>
        <translation>私钥（“private”）不是有效的 Base64：%1。它在传输中已损坏：请勿安装，并向 Foundry 申请新证书。</translation>
    </message>
    <message>
        <source>the decoded private key is not usable: %1.</source>
        <translation>解码后的私钥不可用：%1。</translation>
    </message>
    <message>
        <source>the private key is an &quot;%1&quot; block, which the station cannot install; it needs an unencrypted RSA key. Ask Foundry for RSA keys.</source>
        <translation>私钥是“%1”块，本工作站无法安装；需要未加密的 RSA 密钥。请向 Foundry 申请 RSA 密钥。</translation>
    </message>
    <message>
        <source>the decoded private key holds a &quot;%1&quot; block instead of a private key.</source>
        <translation>解码后的私钥包含的是“%1”块，而不是私钥。</translation>
    </message>
    <message>
        <source>the base64 inside the private key&apos;s PEM is damaged: %1.</source>
        <translation>私钥 PEM 中的 Base64 已损坏：%1。</translation>
    </message>
    <message>
        <source>the private key&apos;s PEM is well formed but its content is not a PKCS#8 private key; it is damaged: ask Foundry for a new certificate.</source>
        <translation>私钥的 PEM 格式正确，但内容不是 PKCS#8 私钥；私钥已损坏：请向 Foundry 申请新证书。</translation>
    </message>
    <message>
        <source>the private key is of type %1, which the station cannot install; it needs an RSA key. Ask Foundry for RSA keys.</source>
        <translation>私钥类型为 %1，本工作站无法安装；需要 RSA 密钥。请向 Foundry 申请 RSA 密钥。</translation>
    </message>
    <message>
        <source>the private key&apos;s PEM is well formed but its content is not a readable RSA key (PKCS#1 or PKCS#8); it is damaged: ask Foundry for a new certificate.</source>
        <translation>私钥的 PEM 格式正确，但内容不是可读的 RSA 密钥（PKCS#1 或 PKCS#8）；私钥已损坏：请向 Foundry 申请新证书。</translation>
    </message>
    <message>
        <source>the private key is not an RSA key; the station supports RSA only.</source>
        <translation>私钥不是 RSA 密钥；本工作站仅支持 RSA。</translation>
    </message>
    <message>
        <source>the ARN &quot;%1&quot; does not have the form arn:aws:iot:&lt;region&gt;:&lt;account&gt;:cert/&lt;64 hex digits&gt;.</source>
        <translation>ARN“%1”不符合 arn:aws:iot:&lt;region&gt;:&lt;account&gt;:cert/&lt;64 位十六进制数字&gt; 的格式。</translation>
    </message>
    <message>
        <source>the ARN names certificate %1 but the id is %2; they must be the same.</source>
        <translation>ARN 指向证书 %1，但 ID 为 %2；二者必须一致。</translation>
    </message>
    <message>
        <source>the id %1 is not this certificate&apos;s ID (the SHA-256 of its DER is %2), so Foundry would activate a different certificate than the device holds.</source>
        <translation>ID %1 不是此证书的 ID（其 DER 的 SHA-256 为 %2），因此 Foundry 激活的证书将与设备中的不同。</translation>
    </message>
</context>
<context>
    <name>CertificateRevocation</name>
    <message>
        <source>Revoking certificate %1 of device %2</source>
        <translation>正在吊销设备 %2 的证书 %1</translation>
    </message>
    <message>
        <source>The journal could not record this revoke, so history does not show it: %1</source>
        <translation>任务记录未能记录此次吊销，因此历史记录中不会显示：%1</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>&amp;Device ID:</source>
        <translation>设备 ID(&amp;D)：</translation>
    </message>
    <message>
        <source>Device ID to search for</source>
        <translation>要搜索的设备 ID</translation>
    </message>
    <message>
        <source>Finds the jobs of the device with exactly this ID; Enter searches</source>
        <translation>查找设备 ID 与此完全相同的任务；按回车搜索</translation>
    </message>
    <message>
        <source>The whole device ID</source>
        <translation>完整的设备 ID</translation>
    </message>
    <message>
        <source>&amp;Certificate ID:</source>
        <translation>证书 ID(&amp;C)：</translation>
    </message>
    <message>
        <source>Certificate ID or its beginning</source>
        <translation>证书 ID 或其开头部分</translation>
    </message>
    <message>
        <source>Finds the jobs whose certificate ID starts with this, in either case; Ctrl+F comes here, Enter searches</source>
        <translation>查找证书 ID 以此开头的任务，不区分大小写；按 Ctrl+F 跳到此处，按回车搜索</translation>
    </message>
    <message>
        <source>The ID or its first characters</source>
        <translation>ID 或其前几个字符</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>操作员(&amp;O)：</translation>
    </message>
    <message>
        <source>Operator to search for</source>
        <translation>要搜索的操作员</translation>
    </message>
    <message>
        <source>Finds the jobs this operator ran; Enter searches</source>
        <translation>查找该操作员执行的任务；按回车搜索</translation>
    </message>
    <message>
        <source>Station to search for</source>
        <translation>要搜索的工作站</translation>
    </message>
    <message>
        <source>Finds the jobs run on this station; Enter searches</source>
        <translation>查找在该工作站上执行的任务；按回车搜索</translation>
    </message>
    <message>
        <source>Resul&amp;t:</source>
        <translation>结果(&amp;T)：</translation>
    </message>
    <message>
        <source>Result to search for</source>
        <translation>要搜索的结果</translation>
    </message>
    <message>
        <source>Finds the jobs that ended so, or whose certificate was revoked</source>
        <translation>查找以此结果结束、或证书已被吊销的任务</translation>
    </message>
    <message>
        <source>Started &amp;between:</source>
        <translation>开始时间介于(&amp;B)：</translation>
    </message>
    <message>
        <source>Search by the date the job started</source>
        <translation>按任务开始日期搜索</translation>
    </message>
    <message>
        <source>When checked, finds only the jobs started between the two days beside it</source>
        <translation>选中后，只查找在旁边两个日期之间开始的任务</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>The first day of the range, included</source>
        <translation>时间范围的第一天（含）</translation>
    </message>
    <message>
        <source>and</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>The last day of the range, included</source>
        <translation>时间范围的最后一天（含）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Shows the jobs that match every field filled in</source>
        <translation>显示与所有已填写字段都匹配的任务</translation>
    </message>
    <message>
        <source>Show a&amp;ll</source>
        <translation>显示全部(&amp;L)</translation>
    </message>
    <message>
        <source>Show all jobs</source>
        <translation>显示所有任务</translation>
    </message>
    <message>
        <source>Empties the search fields and shows every job</source>
        <translation>清空搜索字段并显示所有任务</translation>
    </message>
    <message>
        <source>Jobs in the journal</source>
        <translation>任务记录中的任务</translation>
    </message>
    <message>
        <source>The jobs the search found, newest first; Delete asks to revoke the selected job&apos;s certificate</source>
        <translation>搜索到的任务，最新的在前；按 Delete 键会询问是否吊销所选任务的证书</translation>
    </message>
    <message>
        <source>Export the jobs as CSV</source>
        <translation>将任务导出为 CSV</translation>
    </message>
    <message>
        <source>Writes every job the search finds to a CSV file</source>
        <translation>将搜索到的所有任务写入 CSV 文件</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>吊销(&amp;V)…</translation>
    </message>
    <message>
        <source>Revoke the selected job&apos;s certificate</source>
        <translation>吊销所选任务的证书</translation>
    </message>
    <message>
        <source>Revokes the selected job&apos;s certificate on Foundry, after a confirmation; Delete in the list does the same</source>
        <translation>经确认后，在 Foundry 上吊销所选任务的证书；在列表中按 Delete 键效果相同</translation>
    </message>
    <message>
        <source>Find a certificate</source>
        <translation>查找证书</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>The history cannot be read: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
    <message>
        <source>Showing the newest matches; scroll down for more.</source>
        <translation>显示最新的匹配项；向下滚动可查看更多。</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) found.</source>
        <translation>
            <numerusform>找到 %n 个任务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking certificate %1…</source>
        <translation>正在吊销证书 %1…</translation>
    </message>
    <message>
        <source>Foundry did not revoke the certificate: %1</source>
        <translation>Foundry 未吊销该证书：%1</translation>
    </message>
    <message>
        <source> Foundry said: %1</source>
        <translation> Foundry 提示：%1</translation>
    </message>
    <message>
        <source> Check the connection in Settings and try again; the journal records the attempt.</source>
        <translation> 请在“设置”中检查连接后重试；任务记录会记下这次尝试。</translation>
    </message>
    <message>
        <source>The certificate is revoked.</source>
        <translation>证书已吊销。</translation>
    </message>
    <message>
        <source>The settings changed while a certificate was being revoked; it may or may not be revoked. Run recovery, then search for the certificate again.</source>
        <translation>吊销证书期间设置发生了变化；证书可能已吊销，也可能没有。请运行恢复，然后重新搜索该证书。</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The history was not exported: %1. Choose another file or folder and try again.</source>
        <translation>历史记录未导出：%1。请选择其他文件或文件夹后重试。</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) exported to %1.</source>
        <translation>
            <numerusform>已将 %n 个任务导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the history to %1…</source>
        <translation>正在将历史记录导出到 %1…</translation>
    </message>
    <message>
        <source>B&amp;ulk revoke…</source>
        <translation>批量吊销(&amp;U)…</translation>
    </message>
    <message>
        <source>Bulk revoke from a CSV file</source>
        <translation>从 CSV 文件批量吊销</translation>
    </message>
    <message>
        <source>Revokes the certificates a CSV file lists, after a dry run and a confirmation</source>
        <translation>经试运行和确认后，吊销 CSV 文件中列出的证书</translation>
    </message>
    <message>
        <source>Read from dev&amp;ice…</source>
        <translation>从设备读取(&amp;I)…</translation>
    </message>
    <message>
        <source>Read the certificate a plugged-in device holds</source>
        <translation>读取已插入设备中存有的证书</translation>
    </message>
    <message>
        <source>Finds the certificate a device holds in the history and offers to revoke it</source>
        <translation>在历史记录中查找设备存有的证书，并提供吊销</translation>
    </message>
    <message>
        <source>Bulk revoke needs the Foundry connection and the journal: open Settings and check them.</source>
        <translation>批量吊销需要 Foundry 连接和任务记录：请打开“设置”并检查二者。</translation>
    </message>
    <message>
        <source>Statio&amp;n:</source>
        <translation>工作站(&amp;N)：</translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation>搜索(&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Reading from a device needs the journal: open Settings and check the journal (a file, or the factory&apos;s postgresql:// address).</source>
        <translation>从设备读取需要任务记录：请打开“设置”并检查任务记录（一个文件，或工厂的 postgresql:// 地址）。</translation>
    </message>
    <message>
        <source>There is no journal to export: open Settings and check the journal (a file, or the factory&apos;s postgresql:// address).</source>
        <translation>没有可导出的任务记录：请打开“设置”并检查任务记录（一个文件，或工厂的 postgresql:// 地址）。</translation>
    </message>
    <message>
        <source>The history was not exported, because the journal cannot be read: %1</source>
        <translation>历史记录未导出，因为无法读取任务记录：%1</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>Asking %1 for a certificate...</source>
        <translation>正在向 %1 申请证书…</translation>
    </message>
    <message>
        <source>Revoking test certificate %1...</source>
        <translation>正在吊销测试证书 %1…</translation>
    </message>
</context>
<context>
    <name>CryptoSupport</name>
    <message>
        <source>QCA lacks %1, so certificates cannot be checked. Install QCA&apos;s OpenSSL provider (Debian: libqca-qt6-plugins). QCA says: %2</source>
        <translation>QCA 缺少 %1，因此无法检查证书。请安装 QCA 的 OpenSSL 提供程序（Debian：libqca-qt6-plugins）。QCA 提示：%2</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>a double quote stands inside a field that does not start with one</source>
        <translation>双引号出现在不以双引号开头的字段中</translation>
    </message>
    <message>
        <source>text follows a closing double quote</source>
        <translation>闭合双引号之后还有文本</translation>
    </message>
    <message>
        <source>a double-quoted field is never closed</source>
        <translation>双引号括起的字段没有闭合</translation>
    </message>
</context>
<context>
    <name>DeviceAccess</name>
    <message>
        <source>the journal&apos;s record of how the job spoke to its device is not usable: %1</source>
        <translation>任务记录中关于该任务如何与其设备通信的记录不可用：%1</translation>
    </message>
    <message>
        <source>it is longer than %1 characters</source>
        <translation>其长度超过 %1 个字符</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>它不是 JSON 对象</translation>
    </message>
    <message>
        <source>it holds &quot;%1&quot;, which this station does not write</source>
        <translation>它包含“%1”，而本工作站不会写入该项</translation>
    </message>
    <message>
        <source>it names the device profile &quot;%1&quot;, not a variant of the job&apos;s %2</source>
        <translation>它指定的设备配置文件为“%1”，不是该任务的 %2 的变体</translation>
    </message>
    <message>
        <source>its baud rate is not a whole number</source>
        <translation>其波特率不是整数</translation>
    </message>
    <message>
        <source>it names no file layout for the MCUmgr device</source>
        <translation>它未指定 MCUmgr 设备的文件布局</translation>
    </message>
    <message>
        <source>it names a file layout for a device that is not an MCUmgr device</source>
        <translation>它为非 MCUmgr 设备指定了文件布局</translation>
    </message>
    <message>
        <source>its file layout is not a JSON object</source>
        <translation>其文件布局不是 JSON 对象</translation>
    </message>
</context>
<context>
    <name>DeviceCertificateLookup</name>
    <message>
        <source>The device on %1 could not be read: %2 failed: %3. Check that it is plugged in and powered, then read it again.</source>
        <translation>无法读取 %1 上的设备：步骤“%2”失败：%3。请检查设备是否已插入并通电，然后重新读取。</translation>
    </message>
    <message>
        <source>The journal went away (the settings changed): read the device again.</source>
        <translation>任务记录已不可用（设置发生了变化）：请重新读取设备。</translation>
    </message>
    <message>
        <source>The journal cannot be read: %1</source>
        <translation>无法读取任务记录：%1</translation>
    </message>
    <message>
        <source>The %1 device on %2</source>
        <translation>%2 上的 %1 设备</translation>
    </message>
    <message>
        <source>The %1 device %2 on %3</source>
        <translation>%3 上的 %1 设备 %2</translation>
    </message>
    <message>
        <source>%1 holds no client certificate: there is nothing on it to revoke.</source>
        <translation>%1 未存有客户端证书：其中没有可吊销的内容。</translation>
    </message>
    <message>
        <source>%1 holds a certificate in slot %2 but does not give it back, so its ID cannot be known from the device. Search this page by the device&apos;s ID or serial number instead.</source>
        <translation>%1 在槽位 %2 中存有证书，但不会将其返回，因此无法从设备得知其 ID。请改为在此页面按设备 ID 或序列号搜索。</translation>
    </message>
    <message>
        <source>%1 holds certificate %2 (slot %3), which this station&apos;s journal does not know: another station, or a person outside the station, provisioned it. Look it up in that station&apos;s history, or revoke it with: foundry-station-cli revoke --cert-id %2 --device-id DEVICE-ID (the device&apos;s ID on Foundry).</source>
        <translation>%1 存有证书 %2（槽位 %3），本工作站的任务记录中没有该证书：它是由其他工作站或工作站以外的人员预置的。请在该工作站的历史记录中查找，或用以下命令吊销：foundry-station-cli revoke --cert-id %2 --device-id DEVICE-ID（该设备在 Foundry 上的 ID）。</translation>
    </message>
    <message>
        <source>%1 holds certificate %2 (slot %3), which is revoked already: the device cannot connect with it. Provision it again to give it a new certificate.</source>
        <translation>%1 存有证书 %2（槽位 %3），该证书已被吊销：设备无法用它连接。请重新预置该设备，为其提供新证书。</translation>
    </message>
    <message>
        <source>%1 holds certificate %2 (slot %3) of device ID %4, provisioned on %5; it is selected in the history.</source>
        <translation>%1 存有设备 ID %4 的证书 %2（槽位 %3），于 %5 预置；已在历史记录中选中。</translation>
    </message>
    <message>
        <source>The device on %1 could not be read where the journal&apos;s jobs put credentials: %2 failed: %3. Check that it is plugged in and powered, then read it again.</source>
        <translation>无法在任务记录中的任务存放凭据的位置读取 %1 上的设备：步骤“%2”失败：%3。请检查设备是否已插入并通电，然后重新读取。</translation>
    </message>
</context>
<context>
    <name>DeviceCredential</name>
    <message>
        <source>certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
</context>
<context>
    <name>DeviceCredentialDelete</name>
    <message>
        <source>deleting from slot %1 on %2</source>
        <translation>正在从 %2 上的槽位 %1 删除</translation>
    </message>
    <message>
        <source>the station has no device profile named %1. Check the product&apos;s device profile.</source>
        <translation>工作站没有名为 %1 的设备配置文件。请检查产品的设备配置文件。</translation>
    </message>
</context>
<context>
    <name>DeviceId</name>
    <message>
        <source>the device ID is empty</source>
        <translation>设备 ID 为空</translation>
    </message>
    <message>
        <source>the device ID is %1 characters long, more than the %2 a device ID may have</source>
        <translation>设备 ID 长 %1 个字符，超过了设备 ID 允许的 %2 个字符</translation>
    </message>
    <message>
        <source>the device ID &quot;%1&quot; holds &quot;%2&quot;, which a device ID may not: only letters, digits and - _ . : are allowed</source>
        <translation>设备 ID“%1”包含设备 ID 不允许的“%2”：只允许字母、数字以及 - _ . :</translation>
    </message>
    <message>
        <source>the device reports no serial number that could be its device ID</source>
        <translation>设备未报告可用作其设备 ID 的序列号</translation>
    </message>
    <message>
        <source>the device&apos;s serial number cannot be its device ID: %1</source>
        <translation>设备的序列号不能用作其设备 ID：%1</translation>
    </message>
    <message>
        <source>the journal cannot tell whether device %1 was provisioned before (%2)</source>
        <translation>任务记录无法判断设备 %1 之前是否已预置（%2）</translation>
    </message>
    <message>
        <source>device %1 was provisioned already, with certificate %2 on %3; revoke that certificate first if the device is to get a new one</source>
        <translation>设备 %1 已于 %3 使用证书 %2 完成预置；如需为该设备预置新证书，请先吊销该证书</translation>
    </message>
</context>
<context>
    <name>DeviceInspection</name>
    <message>
        <source>detecting the device profile</source>
        <translation>正在检测设备配置文件</translation>
    </message>
    <message>
        <source>opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>Expecting a %1 device, as last time.</source>
        <translation>预计为 %1 设备，与上次相同。</translation>
    </message>
    <message>
        <source>choosing the device profile</source>
        <translation>正在选择设备配置文件</translation>
    </message>
    <message>
        <source>there is no device profile &quot;%1&quot;; use one of: %2, or auto</source>
        <translation>没有名为“%1”的设备配置文件；请使用以下之一：%2，或 auto</translation>
    </message>
    <message>
        <source>no known device answered on %1 at %2 (tried %3).</source>
        <translation>在 %1 上以 %2 未收到任何已知设备的应答（已尝试：%3）。</translation>
    </message>
    <message>
        <source>Nothing at all came back, and something else may be reading the port: %1 has it open too, and a program that reads it takes the device&apos;s answers before the station sees them. Close it and try again.</source>
        <translation>完全没有收到任何应答，可能有其他程序正在读取该端口：%1 也打开了它，读取该端口的程序会在工作站之前取走设备的应答。请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>Something else may be reading the port: %1 has it open too, and may have taken part of the device&apos;s answers. Close it and try again.</source>
        <translation>可能有其他程序正在读取该端口：%1 也打开了它，可能已取走设备的部分应答。请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>The device answers like a %1 device.</source>
        <translation>该设备的应答与 %1 设备一致。</translation>
    </message>
    <message>
        <source>Trying %1...</source>
        <translation>正在尝试 %1…</translation>
    </message>
    <message>
        <source>Check the baud rate and the cable, and that the device runs a Zephyr shell with the TLS credentials shell, an nRF91 modem in AT mode, an Espressif module running ESP-AT, a Zephyr device with MCUmgr over its shell console, or firmware that speaks the station protocol; then name the profile with --profile.</source>
        <translation>请检查波特率和线缆，并确认设备运行的是带 TLS 凭据 Shell 的 Zephyr Shell、处于 AT 模式的 nRF91 调制解调器、运行 ESP-AT 的 Espressif 模块、通过 Shell 控制台使用 MCUmgr 的 Zephyr 设备，或支持工作站协议的固件；然后用 --profile 指定配置文件。</translation>
    </message>
</context>
<context>
    <name>DeviceProfile</name>
    <message>
        <source>the station started a device operation while another was running; this is a fault in the station, please report it</source>
        <translation>工作站在另一设备操作进行时启动了新的设备操作；这是工作站的缺陷，请报告</translation>
    </message>
    <message>
        <source>writing the %1 into %2 %3</source>
        <translation>正在将%1写入%2 %3</translation>
    </message>
    <message>
        <source>listing the credentials in %1 %2</source>
        <translation>正在列出%1 %2中的凭据</translation>
    </message>
    <message>
        <source>listing the credentials</source>
        <translation>正在列出凭据</translation>
    </message>
    <message>
        <source>deleting the %1 in %2 %3</source>
        <translation>正在删除%2 %3中的%1</translation>
    </message>
    <message>
        <source>verifying the %1 in %2 %3</source>
        <translation>正在校验%2 %3中的%1</translation>
    </message>
    <message>
        <source>reading the %1 in %2 %3</source>
        <translation>正在读取%2 %3中的%1</translation>
    </message>
    <message>
        <source>This left %1: send %2 to the device, or restart it.</source>
        <translation>此操作遗留了%1：请向设备发送 %2，或重启设备。</translation>
    </message>
    <message>
        <source>the %1 profile does not recognise %2 as a command that puts a device back, so it was not sent</source>
        <translation>%1 配置文件不认为 %2 是恢复设备状态的命令，因此未发送</translation>
    </message>
    <message>
        <source>the device printed %1 and then stopped answering. What it printed may say why; check that it is powered, that the cable is in, and that nothing else uses the port; then start again.</source>
        <translation>设备输出了 %1 后便停止应答。输出内容可能说明了原因；请检查设备是否通电、线缆是否插好、端口是否被其他程序占用，然后重新开始。</translation>
    </message>
    <message>
        <source>the device stopped answering. Check that it is powered, that the cable is in, and that nothing else uses the port; then start again.</source>
        <translation>设备已停止应答。请检查设备是否通电、线缆是否插好、端口是否被其他程序占用，然后重新开始。</translation>
    </message>
    <message>
        <source>private keys are never read back from a device</source>
        <translation>私钥永远不会从设备中读回</translation>
    </message>
    <message>
        <source>the %1 profile cannot read credentials back</source>
        <translation>%1 配置文件无法读回凭据</translation>
    </message>
    <message>
        <source>the device does not list the %1 it was just given. It may have lost it (a reset, or storage that is not persistent); write it again.</source>
        <translation>设备未列出刚写入的%1。它可能已丢失（复位或存储不持久）；请重新写入。</translation>
    </message>
    <message>
        <source>the device cannot compute a SHA-256 digest of what it stored, so the station cannot verify it. Enable SHA-256 support in the firmware.</source>
        <translation>设备无法计算所存内容的 SHA-256 摘要，因此工作站无法校验。请在固件中启用 SHA-256 支持。</translation>
    </message>
    <message>
        <source>the device holds something other than what was written (SHA-256 %1, expected %2): bytes were lost or changed on the way. Write it again; if it keeps failing, lower the baud rate or check the cable.</source>
        <translation>设备中存储的内容与写入的不同（SHA-256 为 %1，应为 %2）：传输中有字节丢失或被篡改。请重新写入；如果仍然失败，请降低波特率或检查线缆。</translation>
    </message>
    <message>
        <source>identifying the device</source>
        <translation>正在识别设备</translation>
    </message>
    <message>
        <source>slot</source>
        <translation>槽位</translation>
    </message>
    <message>
        <source>putting the device back as it was</source>
        <translation>正在将设备恢复原状</translation>
    </message>
</context>
<context>
    <name>DeviceStateRestore</name>
    <message>
        <source>putting the device on %1 back as it was</source>
        <translation>正在将 %1 上的设备恢复原状</translation>
    </message>
    <message>
        <source>the %1 profile does not know %2 as a command that puts a device back, so it was not sent</source>
        <translation>%1 配置文件不认识 %2 这个恢复设备状态的命令，因此未发送</translation>
    </message>
</context>
<context>
    <name>EspAtProfile</name>
    <message>
        <source>key &quot;%1&quot; of namespace &quot;%2&quot;</source>
        <translation>命名空间“%2”中的键“%1”</translation>
    </message>
    <message>
        <source>an ESP-AT module has no state the station changes</source>
        <translation>ESP-AT 模块没有工作站会更改的状态</translation>
    </message>
    <message>
        <source>the module announced %1 bytes for %2, more than a credential can be (%3 at most); it may not be an ESP-AT module, or its answer was damaged. Check the profile and the cable.</source>
        <translation>模块声明%2有 %1 字节，超过了凭据可能的大小（最多 %3）；它可能不是 ESP-AT 模块，或其应答已损坏。请检查配置文件和线缆。</translation>
    </message>
    <message>
        <source>the module answered &quot;busy&quot; %1 times in a row. Check that nothing else sends it commands, or restart it; then start again.</source>
        <translation>模块连续 %1 次应答“busy”。请检查是否有其他程序在向其发送命令，或重启模块；然后重新开始。</translation>
    </message>
    <message>
        <source>the device answers AT with ERROR, so it is not an ESP-AT module. Check the profile and the baud rate.</source>
        <translation>设备对 AT 应答 ERROR，因此它不是 ESP-AT 模块。请检查配置文件和波特率。</translation>
    </message>
    <message>
        <source>SDK version</source>
        <translation>SDK 版本</translation>
    </message>
    <message>
        <source>Bin version</source>
        <translation>Bin 版本</translation>
    </message>
    <message>
        <source>the device answers AT, but AT+GMR does not name an ESP-AT version (%1), so it is not an ESP-AT module. Check the profile.</source>
        <translation>设备应答了 AT，但 AT+GMR 未给出 ESP-AT 版本（%1），因此它不是 ESP-AT 模块。请检查配置文件。</translation>
    </message>
    <message>
        <source>Station MAC</source>
        <translation>Station MAC 地址</translation>
    </message>
    <message>
        <source>the module refused to take the %1 into %2 (%3). Check that its firmware has this namespace (AT+SYSMFG? lists them) and that the product names the right namespaces.</source>
        <translation>模块拒绝将%1写入%2（%3）。请检查其固件是否有此命名空间（AT+SYSMFG? 可列出），以及产品是否指定了正确的命名空间。</translation>
    </message>
    <message>
        <source>the module did not store the %1 in %2 (%3): its manufacturing NVS partition may be full. Erase credentials it no longer needs (foundry-station-cli inspect lists them), then try again.</source>
        <translation>模块未将%1存入%2（%3）：其生产 NVS 分区可能已满。请删除不再需要的凭据（可用 foundry-station-cli inspect 列出），然后重试。</translation>
    </message>
    <message>
        <source>the module did not confirm the %1 it was sent, and %2 does not hold it. Check the cable and that the module is powered; then start again.</source>
        <translation>模块未确认发送给它的%1，且%2中没有该内容。请检查线缆以及模块是否通电，然后重新开始。</translation>
    </message>
    <message>
        <source>the module refused to erase %1. Restart it and try again.</source>
        <translation>模块拒绝擦除%1。请重启模块后重试。</translation>
    </message>
    <message>
        <source>identifying the ESP-AT module</source>
        <translation>正在识别 ESP-AT 模块</translation>
    </message>
    <message>
        <source>the module holds no %1 in %2. Write one there first, or check that the product names the right namespaces.</source>
        <translation>模块的%2中没有%1。请先写入，或检查产品是否指定了正确的命名空间。</translation>
    </message>
</context>
<context>
    <name>FailureSentence</name>
    <message>
        <source>Foundry could not be reached: check the network cable, then scan the device ID again.</source>
        <translation>无法连接 Foundry：请检查网线，然后重新扫描设备 ID。</translation>
    </message>
    <message>
        <source>Foundry refused the station&apos;s token: ask a supervisor to renew it in Settings, then scan the device ID again.</source>
        <translation>Foundry 拒绝了工作站的令牌：请主管在“设置”中更新令牌，然后重新扫描设备 ID。</translation>
    </message>
    <message>
        <source>Foundry is busy or failing: wait a minute, then scan the device ID again.</source>
        <translation>Foundry 繁忙或出现故障：请等待一分钟，然后重新扫描设备 ID。</translation>
    </message>
    <message>
        <source>Foundry refused this device: check the ID on its label, then scan the device ID again.</source>
        <translation>Foundry 拒绝了此设备：请核对标签上的 ID，然后重新扫描设备 ID。</translation>
    </message>
    <message>
        <source>Foundry&apos;s answer could not be used: ask a supervisor to check the Foundry settings, then scan the device ID again.</source>
        <translation>Foundry 的应答无法使用：请主管检查 Foundry 设置，然后重新扫描设备 ID。</translation>
    </message>
    <message>
        <source>The device stopped answering: check its cable and power, then scan the device ID again.</source>
        <translation>设备已停止应答：请检查线缆和电源，然后重新扫描设备 ID。</translation>
    </message>
    <message>
        <source>The device cannot take this certificate: check it is the right product and firmware, then scan the device ID again.</source>
        <translation>设备无法接收此证书：请确认产品和固件是否正确，然后重新扫描设备 ID。</translation>
    </message>
    <message>
        <source>The device refused the certificate: scan the device ID again, and set the device aside if it fails twice.</source>
        <translation>设备拒绝了证书：请重新扫描设备 ID；如果连续失败两次，请将设备放到一边。</translation>
    </message>
    <message>
        <source>Cancelled and rolled back: scan the device ID again to start over.</source>
        <translation>已取消并回滚：重新扫描设备 ID 即可重新开始。</translation>
    </message>
    <message>
        <source>Failed, and the clean-up could not finish: set the device aside and call a supervisor, the log lists what is left.</source>
        <translation>失败，且清理未能完成：请将设备放到一边并联系主管，日志中列出了遗留内容。</translation>
    </message>
    <message>
        <source>The device stored something other than what was sent: scan the device ID again, and set the device aside if it fails twice.</source>
        <translation>设备存储的内容与发送的不同：请重新扫描设备 ID；如果连续失败两次，请将设备放到一边。</translation>
    </message>
    <message>
        <source>Foundry&apos;s certificate failed the station&apos;s checks and was not written: scan the device ID again, and call a supervisor if it repeats.</source>
        <translation>Foundry 的证书未通过工作站的检查，未被写入：请重新扫描设备 ID；如果再次出现，请联系主管。</translation>
    </message>
    <message>
        <source>The topics for this device could not be made: ask a supervisor to check the topics template, then scan the device ID again.</source>
        <translation>无法生成此设备的主题：请主管检查主题模板，然后重新扫描设备 ID。</translation>
    </message>
    <message>
        <source>The station could not write its journal: ask a supervisor to check the disk, then scan the device ID again.</source>
        <translation>工作站无法写入任务记录：请主管检查磁盘，然后重新扫描设备 ID。</translation>
    </message>
    <message>
        <source>The job failed and was rolled back: scan the device ID again.</source>
        <translation>任务失败并已回滚：请重新扫描设备 ID。</translation>
    </message>
    <message>
        <source>The device was unplugged: plug it in again and its lane comes back.</source>
        <translation>设备已拔出：重新插入后，其通道会恢复。</translation>
    </message>
    <message>
        <source>The device does not answer: check its cable and power, then unplug it and plug it in again.</source>
        <translation>设备无应答：请检查线缆和电源，然后拔下并重新插入。</translation>
    </message>
    <message>
        <source>The station cannot work with this device: check it is the right product, then unplug it and plug it in again.</source>
        <translation>工作站无法处理此设备：请确认产品是否正确，然后拔下并重新插入。</translation>
    </message>
    <message>
        <source>The network dropped while Foundry was issuing the certificate: Foundry may have issued one, and the station could not hear its answer.</source>
        <translation>Foundry 签发证书期间网络中断：Foundry 可能已签发了证书，而工作站未能收到其应答。</translation>
    </message>
    <message>
        <source>The station could not trust its connection to Foundry, so no certificate was issued.</source>
        <translation>工作站无法信任其与 Foundry 的连接，因此未签发证书。</translation>
    </message>
    <message>
        <source>Foundry could not be reached to issue a certificate, so none was issued.</source>
        <translation>无法连接 Foundry 签发证书，因此未签发证书。</translation>
    </message>
    <message>
        <source>The network dropped while Foundry was activating the certificate: Foundry may have activated it, and the station could not hear its answer, even after asking again.</source>
        <translation>Foundry 激活证书期间网络中断：Foundry 可能已激活该证书，而工作站即使再次询问也未能收到其应答。</translation>
    </message>
    <message>
        <source>The station could not trust its connection to Foundry, so the certificate was not activated.</source>
        <translation>工作站无法信任其与 Foundry 的连接，因此证书未被激活。</translation>
    </message>
    <message>
        <source>Foundry could not be reached to activate the certificate, even after the station asked again.</source>
        <translation>即使工作站再次询问，也无法连接 Foundry 激活证书。</translation>
    </message>
    <message>
        <source>The network dropped while the rollback revoked the certificate: Foundry may still hold it. The station left it under Needs attention on the Certificates page: revoke it there once the network is back, and set the device aside.</source>
        <translation>回滚吊销证书期间网络中断：Foundry 可能仍持有该证书。工作站已将其列在“证书”页面的“需要处理”下：网络恢复后请在那里吊销它，并将设备放到一边。</translation>
    </message>
    <message>
        <source>The station cannot revoke a certificate whose ID it never heard: it left it under Needs attention on the Certificates page for Foundry support to find. Scan the device ID again once the network is back.</source>
        <translation>工作站无法吊销一个从未得知其 ID 的证书：已将其列在“证书”页面的“需要处理”下，供 Foundry 支持人员查找。网络恢复后请重新扫描设备 ID。</translation>
    </message>
    <message>
        <source>Nothing was left to undo: scan the device ID again once the network is back.</source>
        <translation>没有需要撤销的内容：网络恢复后请重新扫描设备 ID。</translation>
    </message>
    <message>
        <source>The station rolled the job back: it deleted the device&apos;s copy and revoked the certificate. Scan the device ID again once the network is back.</source>
        <translation>工作站已回滚该任务：已删除设备上的副本并吊销了证书。网络恢复后请重新扫描设备 ID。</translation>
    </message>
    <message>
        <source>Provisioning failed: %1 The station asks Foundry again.</source>
        <translation>预置失败：%1 工作站将再次询问 Foundry。</translation>
    </message>
    <message>
        <source>The network dropped while Foundry was activating the certificate: Foundry may have activated it, and the station could not hear its answer. The station asks again, which does no harm.</source>
        <translation>Foundry 激活证书期间网络中断：Foundry 可能已激活该证书，而工作站未能收到其应答。工作站将再次询问，这不会造成任何影响。</translation>
    </message>
    <message>
        <source>Foundry could not be reached to activate the certificate: the station asks again.</source>
        <translation>无法连接 Foundry 激活证书：工作站将再次询问。</translation>
    </message>
    <message>
        <source>The station could not verify that it was talking to Foundry: ask a supervisor to check the Foundry CA file in Settings and this computer&apos;s clock, then scan the device ID again.</source>
        <translation>工作站无法确认连接的是 Foundry：请主管检查设置中的 Foundry CA 文件和这台计算机的时钟，然后重新扫描设备 ID。</translation>
    </message>
    <message>
        <source>Nothing was left to undo. Ask a supervisor to check the Foundry CA file in Settings and this computer&apos;s clock before scanning the device ID again.</source>
        <translation>没有需要撤销的内容。请主管先检查设置中的 Foundry CA 文件和这台计算机的时钟，再重新扫描设备 ID。</translation>
    </message>
    <message>
        <source>The station rolled the job back: it deleted the device&apos;s copy and revoked the certificate. Ask a supervisor to check the Foundry CA file in Settings and this computer&apos;s clock before scanning the device ID again.</source>
        <translation>工作站已回滚该任务：已删除设备上的副本并吊销了证书。请主管先检查设置中的 Foundry CA 文件和这台计算机的时钟，再重新扫描设备 ID。</translation>
    </message>
</context>
<context>
    <name>FoundryAnswer</name>
    <message>
        <source>no content type</source>
        <translation>无内容类型</translation>
    </message>
    <message>
        <source>content type &quot;%1&quot;</source>
        <translation>内容类型“%1”</translation>
    </message>
    <message>
        <source>HTTP %1 instead of 200 with the certificate</source>
        <translation>HTTP %1，而不是带证书的 200</translation>
    </message>
    <message>
        <source>%1 instead of JSON; a proxy or login page may have answered for Foundry</source>
        <translation>%1 而不是 JSON；可能是代理或登录页面代替 Foundry 作出了应答</translation>
    </message>
    <message>
        <source>HTTP %1, which is not an answer Foundry documents for this call</source>
        <translation>HTTP %1，Foundry 未为此调用记录该应答</translation>
    </message>
    <message>
        <source>%1 instead of Foundry&apos;s JSON; a proxy or login page may have answered for Foundry</source>
        <translation>%1 而不是 Foundry 的 JSON；可能是代理或登录页面代替 Foundry 作出了应答</translation>
    </message>
    <message>
        <source>the body is not a JSON object, as Foundry&apos;s answers are</source>
        <translation>响应正文不是 JSON 对象，而 Foundry 的应答应为 JSON 对象</translation>
    </message>
    <message>
        <source>HTTP %1 with a failure in the body</source>
        <translation>HTTP %1，正文中包含错误</translation>
    </message>
    <message>
        <source>a redirect (HTTP %1) to %2; set the Foundry URL to the address it points at</source>
        <translation>重定向（HTTP %1）到 %2；请将 Foundry URL 设置为其指向的地址</translation>
    </message>
    <message>
        <source>HTTP %1, which is not a final answer</source>
        <translation>HTTP %1，不是最终应答</translation>
    </message>
</context>
<context>
    <name>FoundryClient</name>
    <message>
        <source>the CA file cannot be used: %1</source>
        <translation>CA 文件不可用：%1</translation>
    </message>
    <message>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>CA 文件 %1 中没有 PEM 证书</translation>
    </message>
</context>
<context>
    <name>FoundryClientSettings</name>
    <message>
        <source>the Foundry URL &quot;%1&quot; is not a valid URL (expected e.g. https://foundry.example.com)</source>
        <translation>Foundry URL“%1”不是有效的 URL（应类似 https://foundry.example.com）</translation>
    </message>
    <message>
        <source>plain http:// is only allowed to this computer (127.0.0.1, ::1, localhost); use https:// for %1</source>
        <translation>仅允许对本机（127.0.0.1、::1、localhost）使用明文 http://；请为 %1 使用 https://</translation>
    </message>
    <message>
        <source>the Foundry URL must start with https:// (got &quot;%1&quot;)</source>
        <translation>Foundry URL 必须以 https:// 开头（收到的是“%1”）</translation>
    </message>
    <message>
        <source>the CA file %1 does not exist or cannot be read</source>
        <translation>CA 文件 %1 不存在或无法读取</translation>
    </message>
    <message>
        <source>the auth header name is empty</source>
        <translation>认证标头名称为空</translation>
    </message>
    <message>
        <source>the auth header name &quot;%1&quot; is not a valid HTTP header name (letters, digits and !#$%&amp;&apos;*+-.^_`|~ only, no spaces, colons or line breaks)</source>
        <translation>认证标头名称“%1”不是有效的 HTTP 标头名称（只允许字母、数字和 !#$%&amp;&apos;*+-.^_`|~，不得包含空格、冒号或换行）</translation>
    </message>
    <message>
        <source>the auth scheme &quot;%1&quot; is not a valid HTTP auth scheme (one word such as Bearer, no spaces or line breaks)</source>
        <translation>认证方案“%1”不是有效的 HTTP 认证方案（应为 Bearer 这样的单个词，不得包含空格或换行）</translation>
    </message>
    <message>
        <source>no access token; set FOUNDRY_TOKEN or enter it when asked</source>
        <translation>没有访问令牌；请设置 FOUNDRY_TOKEN，或在提示时输入</translation>
    </message>
    <message>
        <source>the access token contains a control character (such as a line break) at position %1; copy the token again as one line</source>
        <translation>访问令牌在位置 %1 包含控制字符（如换行）；请重新复制令牌，确保为一行</translation>
    </message>
    <message>
        <source>the number of attempts must be at least 1</source>
        <translation>尝试次数必须至少为 1</translation>
    </message>
</context>
<context>
    <name>FoundryError</name>
    <message>
        <source>The Foundry connection settings are not usable: %1.</source>
        <translation>Foundry 连接设置不可用：%1。</translation>
    </message>
    <message>
        <source>Foundry could not be reached (%1).</source>
        <translation>无法连接 Foundry（%1）。</translation>
    </message>
    <message>
        <source>The connection to Foundry is not secure: %1.</source>
        <translation>与 Foundry 的连接不安全：%1。</translation>
    </message>
    <message>
        <source>Foundry refused the access token (HTTP %1).</source>
        <translation>Foundry 拒绝了访问令牌（HTTP %1）。</translation>
    </message>
    <message>
        <source>Foundry does not know this certificate or device (HTTP 404).</source>
        <translation>Foundry 不认识此证书或设备（HTTP 404）。</translation>
    </message>
    <message>
        <source>Foundry refused the request (HTTP %1).</source>
        <translation>Foundry 拒绝了该请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>Foundry is limiting the request rate (HTTP 429).</source>
        <translation>Foundry 正在限制请求频率（HTTP 429）。</translation>
    </message>
    <message>
        <source>Foundry is temporarily unavailable (HTTP 503).</source>
        <translation>Foundry 暂时不可用（HTTP 503）。</translation>
    </message>
    <message>
        <source>Foundry failed to handle the request (HTTP %1).</source>
        <translation>Foundry 处理请求失败（HTTP %1）。</translation>
    </message>
    <message>
        <source>Foundry answered with something the station does not understand: %1.</source>
        <translation>Foundry 的应答内容工作站无法理解：%1。</translation>
    </message>
    <message>
        <source>Correct the setting and try again.</source>
        <translation>请更正该设置后重试。</translation>
    </message>
    <message>
        <source>Check the network connection and the Foundry URL, then try again.</source>
        <translation>请检查网络连接和 Foundry URL，然后重试。</translation>
    </message>
    <message>
        <source>Check the Foundry URL and, for a private Foundry installation, pass its CA certificate with --ca-file. Do not continue on an untrusted connection.</source>
        <translation>请检查 Foundry URL；对于私有 Foundry 部署，请用 --ca-file 提供其 CA 证书。不要在不受信任的连接上继续操作。</translation>
    </message>
    <message>
        <source>Check that FOUNDRY_TOKEN holds a valid, unexpired token with certificate rights, and that the auth header setting matches your Foundry installation.</source>
        <translation>请检查 FOUNDRY_TOKEN 是否为具有证书权限的有效、未过期令牌，以及认证标头设置是否与您的 Foundry 部署相符。</translation>
    </message>
    <message>
        <source>Check the IDs; the certificate may already have been revoked.</source>
        <translation>请检查各 ID；该证书可能已被吊销。</translation>
    </message>
    <message>
        <source>Check the certificate ID, device ID and topics.</source>
        <translation>请检查证书 ID、设备 ID 和主题。</translation>
    </message>
    <message>
        <source>The station retried and gave up; wait a minute, then try again. If it keeps happening, run fewer lanes at once.</source>
        <translation>工作站已重试并放弃；请等待一分钟后重试。如果反复出现，请减少同时运行的通道数。</translation>
    </message>
    <message>
        <source>Try again in a few minutes; if it keeps failing, contact Foundry support.</source>
        <translation>请几分钟后重试；如果仍然失败，请联系 Foundry 支持。</translation>
    </message>
    <message>
        <source>Check that the Foundry URL points at the Foundry API, not at a proxy or a login page.</source>
        <translation>请检查 Foundry URL 是否指向 Foundry API，而不是代理或登录页面。</translation>
    </message>
    <message>
        <source> Foundry said: &quot;%1&quot;.</source>
        <translation> Foundry 提示：“%1”。</translation>
    </message>
</context>
<context>
    <name>FoundryReply</name>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>already revoked by an earlier attempt whose answer was lost</source>
        <translation>已由之前一次应答丢失的尝试吊销</translation>
    </message>
    <message>
        <source>Foundry may have created and activated a certificate at %1 whose ID never arrived. Nobody holds its private key, but ask Foundry support to delete certificates created at that time.</source>
        <translation>Foundry 可能在 %1 创建并激活了一个证书，但其 ID 未送达。没有人持有其私钥，但请联系 Foundry 支持删除该时间创建的证书。</translation>
    </message>
    <message>
        <source>Foundry may have created a certificate at %1 whose ID never arrived. It is INACTIVE and tied to no device, so it cannot be used to connect; ask Foundry support to delete INACTIVE certificates created at that time.</source>
        <translation>Foundry 可能在 %1 创建了一个证书，但其 ID 未送达。该证书处于 INACTIVE 状态且未绑定任何设备，无法用于连接；请联系 Foundry 支持删除该时间创建的 INACTIVE 证书。</translation>
    </message>
</context>
<context>
    <name>GenerateResponse</name>
    <message>
        <source>the response is not valid JSON (%1 at byte %2)</source>
        <translation>响应不是有效的 JSON（字节 %2 处：%1）</translation>
    </message>
    <message>
        <source>the response is JSON but not an object</source>
        <translation>响应是 JSON，但不是对象</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation>缺少字段“%1”</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a non-empty string</source>
        <translation>字段“%1”不是非空字符串</translation>
    </message>
    <message>
        <source>field &quot;id&quot; is not a certificate ID (64 hexadecimal digits)</source>
        <translation>字段“id”不是证书 ID（64 位十六进制数字）</translation>
    </message>
    <message>
        <source>field &quot;private&quot; is missing</source>
        <translation>缺少字段“private”</translation>
    </message>
    <message>
        <source>field &quot;private&quot; appears more than once</source>
        <translation>字段“private”出现了不止一次</translation>
    </message>
    <message>
        <source>field &quot;private&quot; is not a non-empty string</source>
        <translation>字段“private”不是非空字符串</translation>
    </message>
    <message>
        <source>the response does not have the documented shape: %1</source>
        <translation>响应不符合文档规定的格式：%1</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>no answer within %1 seconds</source>
        <translation>%1 秒内无应答</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the server closed the connection before the request was sent</source>
        <translation>服务器在请求发出前关闭了连接</translation>
    </message>
    <message>
        <source>the connection closed before the answer was complete</source>
        <translation>应答尚未完整，连接就已关闭</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>the answer is larger than %1 bytes</source>
        <translation>应答大于 %1 字节</translation>
    </message>
    <message>
        <source>the answer&apos;s header lines are longer than %1 bytes</source>
        <translation>应答的标头行超过 %1 字节</translation>
    </message>
    <message>
        <source>the answer&apos;s body is larger than %1 bytes</source>
        <translation>应答正文大于 %1 字节</translation>
    </message>
    <message>
        <source>a chunk of the answer is longer than its size says</source>
        <translation>应答中某个分块的长度超过其声明的大小</translation>
    </message>
    <message>
        <source>the server did not answer in HTTP (it sent &quot;%1&quot;)</source>
        <translation>服务器未以 HTTP 应答（发送的是“%1”）</translation>
    </message>
    <message>
        <source>a malformed header line (&quot;%1&quot;)</source>
        <translation>格式错误的标头行（“%1”）</translation>
    </message>
    <message>
        <source>an unsupported Transfer-Encoding &quot;%1&quot;</source>
        <translation>不支持的 Transfer-Encoding“%1”</translation>
    </message>
    <message>
        <source>Content-Length headers that disagree</source>
        <translation>相互矛盾的 Content-Length 标头</translation>
    </message>
    <message>
        <source>an unusable Content-Length &quot;%1&quot;</source>
        <translation>无法使用的 Content-Length“%1”</translation>
    </message>
    <message>
        <source>a malformed chunk size &quot;%1&quot; in the answer</source>
        <translation>应答中格式错误的分块大小“%1”</translation>
    </message>
</context>
<context>
    <name>JobHistoryModel</name>
    <message>
        <source>revocation done</source>
        <translation>吊销完成</translation>
    </message>
    <message>
        <source>revocation failed</source>
        <translation>吊销失败</translation>
    </message>
    <message>
        <source>revocation unfinished</source>
        <translation>吊销未完成</translation>
    </message>
    <message>
        <source>revocation %1</source>
        <translation>吊销%1</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Certificate revoked at %1</source>
        <translation>证书已于 %1 吊销</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>Started %1, finished %2</source>
        <translation>开始于 %1，结束于 %2</translation>
    </message>
    <message>
        <source>Started %1, not finished</source>
        <translation>开始于 %1，尚未结束</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <source>Certificate ID</source>
        <translation>证书 ID</translation>
    </message>
    <message>
        <source>ARN</source>
        <translation>ARN</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>JobJournal</name>
    <message>
        <source>journal %1: %2: %3</source>
        <translation>任务记录 %1：%2：%3</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>未安装 Qt SQLite 驱动（QSQLITE）</translation>
    </message>
    <message>
        <source>there is no such file; check the path, which must name the journal the station writes</source>
        <translation>没有该文件；请检查路径，它必须指向工作站写入的任务记录</translation>
    </message>
    <message>
        <source>creating the schema</source>
        <translation>创建数据库结构</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>读取结构版本</translation>
    </message>
    <message>
        <source>its schema version is missing; this is not a journal the station wrote</source>
        <translation>缺少结构版本；这不是工作站写入的任务记录</translation>
    </message>
    <message>
        <source>updating the schema from version %1</source>
        <translation>从版本 %1 更新数据库结构</translation>
    </message>
    <message>
        <source>recording a new job</source>
        <translation>记录新任务</translation>
    </message>
    <message>
        <source>cannot create the folder of %1</source>
        <translation>无法创建 %1 所在的文件夹</translation>
    </message>
    <message>
        <source>cannot lock %1</source>
        <translation>无法锁定 %1</translation>
    </message>
    <message>
        <source>%1 (process %2 on %3)</source>
        <translation>%1（%3 上的进程 %2）</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>未打开</translation>
    </message>
    <message>
        <source>%1. Make sure the journal&apos;s folder is writable and its disk has space.</source>
        <translation>%1。请确保任务记录所在文件夹可写，且磁盘有剩余空间。</translation>
    </message>
    <message>
        <source>no such row</source>
        <translation>没有这一行</translation>
    </message>
    <message>
        <source>recording the device of job %1</source>
        <translation>记录任务 %1 的设备</translation>
    </message>
    <message>
        <source>recording certificate %1 for job %2</source>
        <translation>记录任务 %2 的证书 %1</translation>
    </message>
    <message>
        <source>recording step %1 of job %2</source>
        <translation>记录任务 %2 的步骤 %1</translation>
    </message>
    <message>
        <source>recording the end of step %1</source>
        <translation>记录步骤 %1 的结束</translation>
    </message>
    <message>
        <source>recording the end of job %1</source>
        <translation>记录任务 %1 的结束</translation>
    </message>
    <message>
        <source>a job cannot end pending</source>
        <translation>任务不能以“待定”状态结束</translation>
    </message>
    <message>
        <source>its %1 &quot;%2&quot; is not one this program knows; the journal may have been written by a newer program</source>
        <translation>其%1“%2”不为本程序所知；该任务记录可能由较新的程序写入</translation>
    </message>
    <message>
        <source>searching jobs</source>
        <translation>搜索任务</translation>
    </message>
    <message>
        <source>reading job %1</source>
        <translation>读取任务 %1</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>reading the steps of job %1</source>
        <translation>读取任务 %1 的步骤</translation>
    </message>
    <message>
        <source>reading step %1 of job %2</source>
        <translation>读取任务 %2 的步骤 %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>exporting to %1</source>
        <translation>导出到 %1</translation>
    </message>
    <message>
        <source>recording item %1 as done</source>
        <translation>将事项 %1 记为已完成</translation>
    </message>
    <message>
        <source>no such item</source>
        <translation>没有这一事项</translation>
    </message>
    <message>
        <source>reading what jobs left behind</source>
        <translation>读取任务遗留的事项</translation>
    </message>
    <message>
        <source>reading item %1 of job %2</source>
        <translation>读取任务 %2 的事项 %1</translation>
    </message>
    <message>
        <source>action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>journal: %1</source>
        <translation>任务记录：%1</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed; install the package libqt6sql6-psql</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（QPSQL）；请安装软件包 libqt6sql6-psql</translation>
    </message>
    <message>
        <source>reading the run lease</source>
        <translation>读取运行租约</translation>
    </message>
    <message>
        <source>written by a newer program (schema version %1, this program knows up to %2); update this station before it uses this journal</source>
        <translation>由更新的程序写入（架构版本 %1，本程序最高支持 %2）；请先更新本工作站，再使用此任务记录</translation>
    </message>
    <message>
        <source>importing job %1</source>
        <translation>导入任务 %1</translation>
    </message>
    <message>
        <source>taking over run %1</source>
        <translation>接管运行 %1</translation>
    </message>
    <message>
        <source>%1, whose last heartbeat was %2 s ago (its lease lasts %3 s)</source>
        <translation>%1，其最后一次心跳在 %2 秒前（其租约为 %3 秒）</translation>
    </message>
    <message>
        <source>another station recovered this station&apos;s jobs while this station could not reach the database</source>
        <translation>在本工作站无法访问数据库期间，另一工作站恢复了本工作站的任务</translation>
    </message>
    <message>
        <source>%1 took over this station&apos;s jobs while this station could not reach the database</source>
        <translation>在本工作站无法访问数据库期间，%1 接管了本工作站的任务</translation>
    </message>
    <message>
        <source>the connection to the journal&apos;s database is lost. Make sure its server is running and reachable.</source>
        <translation>与任务记录数据库的连接已断开。请确保其服务器正在运行且可以访问。</translation>
    </message>
    <message>
        <source>%1. Make sure the journal&apos;s database server is running and reachable.</source>
        <translation>%1。请确保任务记录的数据库服务器正在运行且可以访问。</translation>
    </message>
    <message>
        <source>the shared journal cannot be reached and %1</source>
        <translation>无法访问共享任务记录，并且%1</translation>
    </message>
    <message>
        <source>the database returned no ID</source>
        <translation>数据库未返回 ID</translation>
    </message>
    <message>
        <source>%1. Check that the database server is running and reachable, and that the station has the database&apos;s password. %2</source>
        <translation>%1。请检查数据库服务器是否正在运行且可以访问，以及工作站是否有数据库的密码。%2</translation>
    </message>
    <message>
        <source>reading the journal&apos;s identity</source>
        <translation>读取任务记录的标识</translation>
    </message>
    <message>
        <source>%1; nothing more is recorded for them, and the rows this station kept in its local spool while the database was away stay there. Restart the station: the station that recovered the jobs owns them now.</source>
        <translation>%1；不再为这些任务记录任何内容，本工作站在数据库无法访问期间保存在本地暂存中的记录行仍留在那里。请重新启动工作站：恢复了这些任务的工作站现在拥有它们。</translation>
    </message>
    <message>
        <source>rows of running jobs wait in the local spool and cannot be handed to the shared journal: %1.</source>
        <translation>正在运行的任务的记录行在本地暂存中等待，无法移交给共享任务记录：%1。</translation>
    </message>
    <message>
        <source>the shared journal cannot be reached. Make sure the journal&apos;s database server is running and reachable</source>
        <translation>无法访问共享任务记录。请确保任务记录的数据库服务器正在运行且可以访问</translation>
    </message>
    <message>
        <source>%1; they stay there</source>
        <translation>%1；它们仍留在那里</translation>
    </message>
    <message>
        <source>%1. Make sure the journal&apos;s database server is running and reachable</source>
        <translation>%1。请确保任务记录的数据库服务器正在运行且可以访问</translation>
    </message>
    <message>
        <source>rows of running jobs wait in the local spool and cannot be handed to the shared journal (%1), and %2</source>
        <translation>正在运行的任务的记录行在本地暂存中等待，无法移交给共享任务记录（%1），并且%2</translation>
    </message>
    <message>
        <source>already finished by %1 at %2; refresh the list</source>
        <translation>已由 %1 于 %2 完成；请刷新列表</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <source>reading how jobs spoke to their devices</source>
        <translation>读取任务与其设备通信的方式</translation>
    </message>
</context>
<context>
    <name>JournalDialect</name>
    <message>
        <source>setting synchronous_commit</source>
        <translation>设置 synchronous_commit</translation>
    </message>
    <message>
        <source>switching to WAL mode</source>
        <translation>切换到 WAL 模式</translation>
    </message>
    <message>
        <source>setting synchronous=FULL</source>
        <translation>设置 synchronous=FULL</translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation>启用外键</translation>
    </message>
</context>
<context>
    <name>JournalLocation</name>
    <message>
        <source>the journal&apos;s location is empty; give a file or a postgresql:// URL</source>
        <translation>任务记录的位置为空；请给出一个文件或一个 postgresql:// URL</translation>
    </message>
    <message>
        <source>the journal&apos;s location &quot;%1&quot; holds a control character; retype it on one line</source>
        <translation>任务记录的位置“%1”含有控制字符；请在一行内重新输入</translation>
    </message>
    <message>
        <source>Write it as postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full&amp;sslrootcert=CA_FILE.</source>
        <translation>请写成 postgresql://用户@主机:端口/数据库?sslmode=verify-full&amp;sslrootcert=CA文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL (%2). %3</source>
        <translation>“%1”不是有效的 URL（%2）。%3</translation>
    </message>
    <message>
        <source>the journal&apos;s URL has a fragment (#...), which means nothing to a database. %1</source>
        <translation>任务记录的 URL 含有片段（#...），这对数据库没有意义。%1</translation>
    </message>
    <message>
        <source>the journal&apos;s URL names port %1, which does not exist. %2</source>
        <translation>任务记录的 URL 指定了端口 %1，该端口不存在。%2</translation>
    </message>
    <message>
        <source>the journal&apos;s URL must name one database after the host. %1</source>
        <translation>任务记录的 URL 必须在主机之后指定一个数据库。%1</translation>
    </message>
    <message>
        <source>the journal&apos;s URL holds a control character in &quot;%1&quot;</source>
        <translation>任务记录的 URL 在“%1”中含有控制字符</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one the station takes: verify-full (or verify-ca, require, disable on this machine only)</source>
        <translation>工作站不接受 sslmode“%1”：请使用 verify-full（verify-ca、require、disable 仅限本机）</translation>
    </message>
    <message>
        <source>the CA file&apos;s name may not hold &apos;;&apos;; move the file or link it elsewhere</source>
        <translation>CA 文件名中不能含有 &apos;;&apos;；请移动该文件或在别处为其创建链接</translation>
    </message>
    <message>
        <source>host= in the journal&apos;s URL is for a Unix socket&apos;s folder and must start with &apos;/&apos;; put a network host before the database name. %1</source>
        <translation>任务记录 URL 中的 host= 用于 Unix 套接字所在的文件夹，必须以 &apos;/&apos; 开头；网络主机请写在数据库名之前。%1</translation>
    </message>
    <message>
        <source>the journal&apos;s URL has &quot;%1&quot;, which the station does not take; it takes sslmode, sslrootcert and host</source>
        <translation>任务记录的 URL 含有“%1”，工作站不接受；工作站接受 sslmode、sslrootcert 和 host</translation>
    </message>
    <message>
        <source>the journal&apos;s URL names no host. %1</source>
        <translation>任务记录的 URL 未指定主机。%1</translation>
    </message>
    <message>
        <source>a journal on another machine needs sslmode=verify-full (it has %1), so that the station checks the server&apos;s certificate and host name</source>
        <translation>位于其他计算机上的任务记录需要 sslmode=verify-full（当前为 %1），以便工作站检查服务器的证书和主机名</translation>
    </message>
    <message>
        <source>sslmode=%1 needs sslrootcert=CA_FILE, the CA that signed the database server&apos;s certificate</source>
        <translation>sslmode=%1 需要 sslrootcert=CA文件，即签署数据库服务器证书的 CA</translation>
    </message>
    <message>
        <source>the journal&apos;s URL holds a password, where anyone who reads the settings sees it. Remove it from the URL. %1</source>
        <translation>任务记录的 URL 中含有密码，任何读取设置的人都能看到。请将其从 URL 中删除。%1</translation>
    </message>
    <message>
        <source>In the window, enter the database&apos;s password in Settings (the station keeps it in the keychain); on the command line, put it in the file PGPASSFILE names.</source>
        <translation>在窗口中，请在“设置”中输入数据库的密码（工作站将其保存在钥匙串中）；在命令行中，请将其放入 PGPASSFILE 指定的文件。</translation>
    </message>
</context>
<context>
    <name>JournalRecovery</name>
    <message>
        <source>Recovery: sending %1 to the device on %2</source>
        <translation>恢复：正在向 %2 上的设备发送 %1</translation>
    </message>
    <message>
        <source>Recovery: provisioning certificate %1 to device %2 again</source>
        <translation>恢复：正在重新为设备 %2 预置证书 %1</translation>
    </message>
    <message>
        <source>Recovery: revoking certificate %1</source>
        <translation>恢复：正在吊销证书 %1</translation>
    </message>
    <message>
        <source>%1 is still running in %2; left alone.</source>
        <translation>%1 仍在 %2 中运行；未作处理。</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>另一个进程</translation>
    </message>
    <message>
        <source>Foundry had confirmed the revoke; it is recorded as done.</source>
        <translation>Foundry 已确认吊销；已记录为完成。</translation>
    </message>
    <message>
        <source>Foundry had confirmed the provision; the job is recorded as done.</source>
        <translation>Foundry 已确认预置；该任务已记录为完成。</translation>
    </message>
    <message>
        <source>Nothing had been created on Foundry or on the device.</source>
        <translation>Foundry 和设备上均未创建任何内容。</translation>
    </message>
    <message>
        <source>The job&apos;s rollback had revoked certificate %1.</source>
        <translation>该任务的回滚已吊销证书 %1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The device had confirmed its certificate and key, so recovery provisioned certificate %1 to device %2 with its topics.</source>
        <translation>设备已确认其证书和密钥，因此恢复流程已为设备 %2 预置了证书 %1 及其主题。</translation>
    </message>
    <message>
        <source>provisioning certificate %1 failed: %2</source>
        <translation>预置证书 %1 失败：%2</translation>
    </message>
    <message>
        <source>revoking certificate %1 failed: %2</source>
        <translation>吊销证书 %1 失败：%2</translation>
    </message>
    <message>
        <source>Foundry answered that it does not know certificate %1, so there was nothing to revoke.</source>
        <translation>Foundry 应答不认识证书 %1，因此无需吊销。</translation>
    </message>
    <message>
        <source>Recovery revoked certificate %1.</source>
        <translation>恢复流程已吊销证书 %1。</translation>
    </message>
    <message>
        <source>Foundry refused to provision it again (%1). </source>
        <translation>Foundry 拒绝了重新预置（%1）。</translation>
    </message>
    <message>
        <source>%1 was interrupted at &quot;%2&quot; (%3).</source>
        <translation>%1 在“%2”处中断（%3）。</translation>
    </message>
    <message>
        <source>its start</source>
        <translation>开始时</translation>
    </message>
    <message>
        <source>%1 could not be recovered now: %2. It stays unfinished until a later recovery finishes it.</source>
        <translation>%1 目前无法恢复：%2。在之后的恢复完成它之前，它将保持未完成状态。</translation>
    </message>
    <message>
        <source>Job %1 (device %2, %3)</source>
        <translation>任务 %1（设备 %2，%3）</translation>
    </message>
    <message>
        <source>Job %1 (device %2, certificate %3)</source>
        <translation>任务 %1（设备 %2，证书 %3）</translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <translation>%1（序列号 %2）</translation>
    </message>
    <message>
        <source>The interrupted job may have left %1; recovery sent %2 to the device on %3, which took it.</source>
        <translation>中断的任务可能遗留了%1；恢复流程已向 %3 上的设备发送 %2，设备已接受。</translation>
    </message>
    <message>
        <source>which is not revoked</source>
        <translation>未被吊销</translation>
    </message>
    <message>
        <source>which Foundry does not know</source>
        <translation>Foundry 不认识该证书</translation>
    </message>
    <message>
        <source>whether the process that ran it still runs cannot be told (%1). Make sure the journal&apos;s database server is running and reachable, then recover again</source>
        <translation>无法判断运行它的进程是否仍在运行（%1）。请确保任务记录的数据库服务器正在运行且可以访问，然后再次恢复</translation>
    </message>
</context>
<context>
    <name>JournalSpool</name>
    <message>
        <source>the local spool %1 cannot be opened: %2</source>
        <translation>无法打开本地暂存 %1：%2</translation>
    </message>
    <message>
        <source>the local spool %1 cannot be written: %2</source>
        <translation>无法写入本地暂存 %1：%2</translation>
    </message>
    <message>
        <source>the local spool %1 cannot be read: %2</source>
        <translation>无法读取本地暂存 %1：%2</translation>
    </message>
    <message>
        <source>entry %1 of the local spool names a step that is not in it</source>
        <translation>本地暂存的条目 %1 引用了其中不存在的步骤</translation>
    </message>
</context>
<context>
    <name>KeychainTokenStore</name>
    <message>
        <source>no Foundry access token for %1 in the keychain: enter it in Settings</source>
        <translation>钥匙串中没有 %1 的 Foundry 访问令牌：请在“设置”中输入</translation>
    </message>
    <message>
        <source>the keychain did not give the access token for %1 (%2)</source>
        <translation>钥匙串未提供 %1 的访问令牌（%2）</translation>
    </message>
    <message>
        <source>the keychain did not keep the access token for %1 (%2)</source>
        <translation>钥匙串未保存 %1 的访问令牌（%2）</translation>
    </message>
    <message>
        <source>the keychain did not forget the access token for %1 (%2)</source>
        <translation>钥匙串未清除 %1 的访问令牌（%2）</translation>
    </message>
    <message>
        <source>the keychain did not give the database password for %1 (%2); unlock the keychain, or enter the password in Settings again</source>
        <translation>钥匙串未提供 %1 的数据库密码（%2）；请解锁钥匙串，或在“设置”中重新输入密码</translation>
    </message>
    <message>
        <source>the keychain did not keep the database password for %1 (%2)</source>
        <translation>钥匙串未保存 %1 的数据库密码（%2）</translation>
    </message>
    <message>
        <source>the keychain did not forget the database password for %1 (%2)</source>
        <translation>钥匙串未清除 %1 的数据库密码（%2）</translation>
    </message>
</context>
<context>
    <name>LaneWidget</name>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>USB serial number</source>
        <translation>USB 序列号</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Progress of the write</source>
        <translation>写入进度</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Verdict symbol</source>
        <translation>结果符号</translation>
    </message>
    <message>
        <source>Copy the full certificate ID</source>
        <translation>复制完整的证书 ID</translation>
    </message>
    <message>
        <source>Copy certificate ID</source>
        <translation>复制证书 ID</translation>
    </message>
    <message>
        <source>Copies the full ID of the certificate the device now holds to the clipboard</source>
        <translation>将设备当前所存证书的完整 ID 复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Start this lane&apos;s job</source>
        <translation>开始此通道的任务</translation>
    </message>
    <message>
        <source>Provisions the scanned device ID on this lane&apos;s device. Shortcut: Ctrl+Return</source>
        <translation>在此通道的设备上预置扫描到的设备 ID。快捷键：Ctrl+Return</translation>
    </message>
    <message>
        <source>Provision the scanned device ID on this lane (Ctrl+Return)</source>
        <translation>在此通道上预置扫描到的设备 ID（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <comment>A key sequence, as Qt writes it</comment>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel this lane&apos;s job</source>
        <translation>取消此通道的任务</translation>
    </message>
    <message>
        <source>Stops this lane&apos;s job and rolls back what it did. Shortcut: Ctrl+. (with several lanes busy, it moves between their Cancel buttons; Space presses the one that has the focus)</source>
        <translation>停止此通道的任务并回滚其已执行的操作。快捷键：Ctrl+.（若多个通道同时忙碌，则在它们的“取消”按钮之间切换；按空格键按下当前获得焦点的按钮）</translation>
    </message>
    <message>
        <source>Stop this lane&apos;s job and roll it back (Ctrl+.)</source>
        <translation>停止此通道的任务并回滚（Ctrl+.）</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <comment>A key sequence, as Qt writes it</comment>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Show this lane&apos;s steps in the log: each call, each answer, how long each took</source>
        <translation>在日志中显示此通道的步骤：每次调用、每个应答及各自耗时</translation>
    </message>
    <message>
        <source>Show this lane&apos;s log</source>
        <translation>显示此通道的日志</translation>
    </message>
    <message>
        <source>Opens the log with this lane&apos;s steps: each call, each answer, and how long each took</source>
        <translation>打开日志，显示此通道的步骤：每次调用、每个应答及各自耗时</translation>
    </message>
    <message>
        <source>serial %1</source>
        <translation>序列号 %1</translation>
    </message>
    <message>
        <source>firmware %1</source>
        <translation>固件 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not detected yet</source>
        <translation>尚未检测到</translation>
    </message>
    <message>
        <source>Lane %1</source>
        <translation>通道 %1</translation>
    </message>
    <message>
        <source>Device ID %1: press Start to provision it.</source>
        <translation>设备 ID %1：按“开始”进行预置。</translation>
    </message>
    <message>
        <source>Finishing what an earlier run left on this port...</source>
        <translation>正在完成之前运行在此端口上遗留的操作…</translation>
    </message>
    <message>
        <source>Asking the device which language it speaks...</source>
        <translation>正在询问设备使用哪种协议…</translation>
    </message>
    <message>
        <source>Ready: scan the device ID label.</source>
        <translation>就绪：请扫描设备 ID 标签。</translation>
    </message>
    <message>
        <source>Rolling back before the port closes...</source>
        <translation>端口关闭前正在回滚…</translation>
    </message>
    <message>
        <source>Port closed.</source>
        <translation>端口已关闭。</translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Done: scan the next device ID label.</source>
        <translation>完成：请扫描下一个设备 ID 标签。</translation>
    </message>
    <message>
        <source>Device %1 holds its certificate, and Foundry has activated it.</source>
        <translation>设备 %1 已存有其证书，且 Foundry 已将其激活。</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>证书 %1</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Pass: a tick in a circle</source>
        <translation>通过：圆圈中的对勾</translation>
    </message>
    <message>
        <source>SCAN REFUSED</source>
        <translation>扫描被拒绝</translation>
    </message>
    <message>
        <source>Fail: a cross in a square</source>
        <translation>失败：方框中的叉号</translation>
    </message>
</context>
<context>
    <name>LeftBehind</name>
    <message>
        <source>%1 (serial %2)</source>
        <translation>%1（序列号 %2）</translation>
    </message>
    <message>
        <source>Certificate %1 is not revoked yet.</source>
        <translation>证书 %1 尚未吊销。</translation>
    </message>
    <message>
        <source>Certificate %1 is still on Foundry%2. Revoke it (certificate %1, device %3).</source>
        <translation>证书 %1 仍在 Foundry 上%2。请吊销它（证书 %1，设备 %3）。</translation>
    </message>
    <message>
        <source>The job asked Foundry for a certificate at or after %1, and the answer with its ID never reached the station: Foundry may hold a certificate whose ID nobody knows, which was never written to device %2. Ask Foundry support to revoke the certificates generated then that no device holds.</source>
        <translation>该任务在 %1 或之后向 Foundry 申请了证书，但含其 ID 的应答从未到达工作站：Foundry 上可能存在一个无人知道 ID、也从未写入设备 %2 的证书。请联系 Foundry 支持，吊销当时生成且不在任何设备上的证书。</translation>
    </message>
    <message>
        <source>Foundry may hold a certificate this job never learnt the ID of (%1). Look for certificates generated just now and revoke them.</source>
        <translation>Foundry 上可能存在一个本任务从未得知其 ID 的证书（%1）。请查找刚刚生成的证书并将其吊销。</translation>
    </message>
    <message>
        <source>Certificate %1 may still be on Foundry: recovery could not revoke it.</source>
        <translation>证书 %1 可能仍在 Foundry 上：恢复流程未能将其吊销。</translation>
    </message>
    <message>
        <source>Certificate %1 may still be on Foundry%2: the revoke may have gone through, but its answer was lost or unreadable. If Foundry still lists it, revoke it (certificate %1, device %3).</source>
        <translation>证书 %1 可能仍在 Foundry 上%2：吊销可能已成功，但其应答丢失或无法读取。如果 Foundry 仍列出该证书，请将其吊销（证书 %1，设备 %3）。</translation>
    </message>
    <message>
        <source>Certificate %1 is not revoked, and Foundry has not confirmed that it is provisioned to device %2.</source>
        <translation>证书 %1 未被吊销，且 Foundry 尚未确认它已预置到设备 %2。</translation>
    </message>
    <message>
        <source>the certificate and private key</source>
        <translation>证书和私钥</translation>
    </message>
    <message>
        <source>the private key</source>
        <translation>私钥</translation>
    </message>
    <message>
        <source>the certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>revoked certificate %1</source>
        <translation>已吊销的证书 %1</translation>
    </message>
    <message>
        <source>certificate %1</source>
        <translation>证书 %1</translation>
    </message>
    <message>
        <source>certificate %1, %2,</source>
        <translation>证书 %1（%2）</translation>
    </message>
    <message>
        <source>The device on %1 confirmed before the interruption that it holds %2 of %3 in slot %4.</source>
        <translation>%1 上的设备在中断前已确认，其槽位 %4 中存有%3的%2。</translation>
    </message>
    <message>
        <source>The device on %1 may still hold %2 of %3 in slot %4.</source>
        <translation>%1 上的设备的槽位 %4 中可能仍存有%3的%2。</translation>
    </message>
    <message>
        <source>Delete them there, or provision the device again into that slot, which replaces them.</source>
        <translation>请在设备上删除它们，或将设备重新预置到该槽位以替换它们。</translation>
    </message>
    <message>
        <source>Delete it there, or provision the device again into that slot, which replaces it.</source>
        <translation>请在设备上删除它，或将设备重新预置到该槽位以替换它。</translation>
    </message>
    <message>
        <source>The journal says the interrupted job changed the device on %1 and recorded %2 to undo it, but recovery did not send it (%3). Check the device by hand.</source>
        <translation>任务记录显示中断的任务修改了 %1 上的设备，并记录了用于撤销的 %2，但恢复流程未发送它（%3）。请手动检查设备。</translation>
    </message>
    <message>
        <source>The interrupted job may have left %1 on %2, and recovery could not put it back (%3). Send %4 to the device there, or restart it.</source>
        <translation>中断的任务可能在 %2 上遗留了%1，且恢复流程未能将其复原（%3）。请向该设备发送 %4，或重启设备。</translation>
    </message>
    <message>
        <source>The job may have left %1 on %2: send %3 to the device there, or restart it.</source>
        <translation>该任务可能在 %2 上遗留了%1：请向该设备发送 %3，或重启设备。</translation>
    </message>
</context>
<context>
    <name>LogDock</name>
    <message>
        <source>Log</source>
        <translation>日志</translation>
    </message>
    <message>
        <source>Station log</source>
        <translation>工作站日志</translation>
    </message>
    <message>
        <source>Lane:</source>
        <translation>通道：</translation>
    </message>
    <message>
        <source>Show the log of this lane</source>
        <translation>显示此通道的日志</translation>
    </message>
    <message>
        <source>Shows only this lane&apos;s entries, or every lane&apos;s</source>
        <translation>只显示此通道的条目，或显示所有通道的条目</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>Show entries of this level and above</source>
        <translation>显示此级别及以上的条目</translation>
    </message>
    <message>
        <source>Everything, only warnings and errors, or only errors</source>
        <translation>全部、仅警告和错误，或仅错误</translation>
    </message>
    <message>
        <source>Log entries</source>
        <translation>日志条目</translation>
    </message>
    <message>
        <source>The station&apos;s steps, newest last: time, lane, level and what happened</source>
        <translation>工作站的步骤，最新的在最后：时间、通道、级别和发生的事情</translation>
    </message>
    <message>
        <source>All lanes</source>
        <translation>所有通道</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Foundry Provisioning Station</source>
        <translation>Foundry Provisioning Station</translation>
    </message>
    <message>
        <source>SANDBOX: emulated Foundry and simulated devices, for practice only. Nothing here reaches production.</source>
        <translation>沙盒：模拟的 Foundry 和模拟设备，仅供练习。此处的任何操作都不会影响生产环境。</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>The bench, where devices are provisioned, and the certificates, where support staff find and revoke them; Ctrl+Tab moves between them</source>
        <translation>工作台用于预置设备，证书页供支持人员查找和吊销证书；按 Ctrl+Tab 在两者之间切换</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>工作站(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Foundry environments, journal, operator, station and language (Ctrl+,)</source>
        <translation>Foundry 环境、任务记录、操作员、工作站和语言（Ctrl+,）</translation>
    </message>
    <message>
        <source>&amp;Export evidence...</source>
        <translation>导出证明(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the batch as a CSV file, with the lanes&apos; log beside it</source>
        <translation>将批次保存为 CSV 文件，并在旁边保存各通道的日志</translation>
    </message>
    <message>
        <source>&amp;About Foundry Provisioning Station</source>
        <translation>关于 Foundry Provisioning Station(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Bench</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>About Foundry Provisioning Station</source>
        <translation>关于 Foundry Provisioning Station</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Foundry Provisioning Station&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0) and QCA (LGPL-2.1).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Foundry Provisioning Station&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;基于 Qt %2（LGPL-3.0）和 QCA（LGPL-2.1）构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>SANDBOX - Foundry Provisioning Station</source>
        <translation>沙盒 - Foundry Provisioning Station</translation>
    </message>
    <message>
        <source>The bench cannot start: %1</source>
        <translation>工作台无法启动：%1</translation>
    </message>
    <message>
        <source>the journal cannot be opened (%1)</source>
        <translation>无法打开任务记录（%1）</translation>
    </message>
    <message>
        <source>Starting the Sandbox: an emulated Foundry and simulated devices...</source>
        <translation>正在启动沙盒：模拟的 Foundry 和模拟设备…</translation>
    </message>
    <message>
        <source>The bench cannot start: %1. Open Settings to fix it.</source>
        <translation>工作台无法启动：%1。请打开“设置”进行修复。</translation>
    </message>
    <message>
        <source>Unfinished jobs</source>
        <translation>未完成的任务</translation>
    </message>
    <message>
        <source>Jobs a station left unfinished when it stopped, and what recovering them did</source>
        <translation>工作站停止时遗留的未完成任务，以及恢复它们的结果</translation>
    </message>
    <message>
        <source>Recovery progress</source>
        <translation>恢复进度</translation>
    </message>
    <message>
        <source>How many of the unfinished jobs recovery has finished or rolled back</source>
        <translation>恢复流程已完成或回滚的未完成任务数量</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Recover the unfinished jobs</source>
        <translation>恢复未完成的任务</translation>
    </message>
    <message>
        <source>Finishes or rolls back the jobs a station left unfinished, as the command line&apos;s recover does</source>
        <translation>完成或回滚工作站遗留的未完成任务，与命令行的 recover 相同</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Dismiss the recovery outcome</source>
        <translation>关闭恢复结果</translation>
    </message>
    <message>
        <source>Hides what recovery did; what it left for a person stays under Needs attention on the Certificates page</source>
        <translation>隐藏恢复的结果；其留给人工处理的事项仍列在“证书”页面的“需要处理”下</translation>
    </message>
</context>
<context>
    <name>McuMgrSmpProfile</name>
    <message>
        <source>the product&apos;s MCUmgr file layout cannot be used: %1.</source>
        <translation>产品的 MCUmgr 文件布局不可用：%1。</translation>
    </message>
    <message>
        <source>the %1 could not be put into %2: %3</source>
        <translation>无法将%1转换为 %2：%3</translation>
    </message>
    <message>
        <source>an MCUmgr device has no state to put back</source>
        <translation>MCUmgr 设备没有需要恢复的状态</translation>
    </message>
    <message>
        <source>the device answers with shell text, not in SMP frames: MCUmgr&apos;s shell transport (CONFIG_MCUMGR_TRANSPORT_SHELL) is not in its firmware. Check the profile.</source>
        <translation>设备以 Shell 文本应答，而不是 SMP 帧：其固件中没有 MCUmgr 的 Shell 传输（CONFIG_MCUMGR_TRANSPORT_SHELL）。请检查配置文件。</translation>
    </message>
    <message>
        <source>SMP buffer</source>
        <translation>SMP 缓冲区</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>the device holds no %1 at %2</source>
        <translation>设备在 %2 处未存有%1</translation>
    </message>
    <message>
        <source>the device has no buffer even for %1 bytes of a file (%2). Raise CONFIG_MCUMGR_TRANSPORT_NETBUF_SIZE in its firmware.</source>
        <translation>设备连一个文件的 %1 字节都没有缓冲区可存放（%2）。请在其固件中提高 CONFIG_MCUMGR_TRANSPORT_NETBUF_SIZE。</translation>
    </message>
    <message>
        <source>the device kept asking for earlier parts of %1; the line may be losing data. Lower the baud rate or check the cable.</source>
        <translation>设备不断请求 %1 的前面部分；线路可能在丢失数据。请降低波特率或检查线缆。</translation>
    </message>
    <message>
        <source>the device overwrote %1 with zeros but did not remove it: %2</source>
        <translation>设备已用零覆盖 %1，但未将其删除：%2</translation>
    </message>
    <message>
        <source>SHA-256 of the read-back (the device hashes with CRC32 only)</source>
        <translation>回读内容的 SHA-256（设备只能用 CRC32 计算哈希）</translation>
    </message>
    <message>
        <source>the device&apos;s SMP buffer of %1 bytes leaves no room for a file&apos;s data after the path %2. Raise CONFIG_MCUMGR_TRANSPORT_NETBUF_SIZE in its firmware, or choose a shorter path.</source>
        <translation>设备 %1 字节的 SMP 缓冲区在路径 %2 之后已没有空间存放文件数据。请在其固件中提高 CONFIG_MCUMGR_TRANSPORT_NETBUF_SIZE，或选择更短的路径。</translation>
    </message>
    <message>
        <source>an answer without the expected fields</source>
        <translation>应答缺少预期的字段</translation>
    </message>
    <message>
        <source>error %1 of group %2</source>
        <translation>组 %2 的错误 %1</translation>
    </message>
    <message>
        <source>MCUmgr error %1</source>
        <translation>MCUmgr 错误 %1</translation>
    </message>
    <message>
        <source>the device refused to report its MCUmgr parameters: %1. Restart the device and try again; if it keeps refusing, check its MCUmgr configuration.</source>
        <translation>设备拒绝报告其 MCUmgr 参数：%1。请重启设备后重试；如果仍然拒绝，请检查其 MCUmgr 配置。</translation>
    </message>
    <message>
        <source>the device refused to give its OS information: %1. Restart the device and try again; if it keeps refusing, check its MCUmgr configuration.</source>
        <translation>设备拒绝提供其操作系统信息：%1。请重启设备后重试；如果仍然拒绝，请检查其 MCUmgr 配置。</translation>
    </message>
    <message>
        <source>the device did not report %1: %2. Restart the device and try again; if it keeps failing, check that its file system is mounted at that path.</source>
        <translation>设备未报告 %1：%2。请重启设备后重试；如果仍然失败，请检查其文件系统是否挂载在该路径上。</translation>
    </message>
    <message>
        <source>the device&apos;s SHA-256 of %1 cannot be read: %2. Check the cable and restart the device, then try again.</source>
        <translation>无法读取设备为 %1 计算的 SHA-256：%2。请检查线缆并重启设备，然后重试。</translation>
    </message>
    <message>
        <source>the device did not give %1 back: %2. Restart the device and try again; if it keeps failing, check that its file system is mounted at that path.</source>
        <translation>设备未返回 %1：%2。请重启设备后重试；如果仍然失败，请检查其文件系统是否挂载在该路径上。</translation>
    </message>
    <message>
        <source>the device gave %1 back in pieces that do not fit together. Check the cable and restart the device, then try again.</source>
        <translation>设备返回的 %1 各分段无法拼接在一起。请检查线缆并重启设备，然后重试。</translation>
    </message>
    <message>
        <source>the device refused to store %1: %2. Check that its file system is mounted at that path and has room, then try again.</source>
        <translation>设备拒绝存储 %1：%2。请检查其文件系统是否挂载在该路径上且有空间，然后重试。</translation>
    </message>
    <message>
        <source>the device reported offset %1 of a file of %2 bytes. Check the cable and restart the device, then try again.</source>
        <translation>设备报告的偏移量为 %1，而文件只有 %2 字节。请检查线缆并重启设备，然后重试。</translation>
    </message>
    <message>
        <source>the device gave back %1 bytes of %2, but they are no certificate in DER. The file may be damaged, or hold PEM while the product says DER: check the product&apos;s smpEncoding, then write the certificate again.</source>
        <translation>设备返回了 %2 的 %1 字节，但它们不是 DER 格式的证书。该文件可能已损坏，或者在产品指定 DER 时其中存放的是 PEM：请检查产品的 smpEncoding，然后重新写入证书。</translation>
    </message>
</context>
<context>
    <name>NeedsAttentionModel</name>
    <message>
        <source>At %1: %2</source>
        <translation>在 %1：%2</translation>
    </message>
</context>
<context>
    <name>NrfModemProfile</name>
    <message>
        <source>the modem offline (AT+CFUN=4) instead of in functional mode %1</source>
        <translation>调制解调器处于离线状态（AT+CFUN=4），而不是功能模式 %1</translation>
    </message>
    <message>
        <source>the device answers AT with ERROR, so it is not an nRF91 modem in AT mode. Check the profile and the baud rate.</source>
        <translation>设备对 AT 应答 ERROR，因此它不是处于 AT 模式的 nRF91 调制解调器。请检查配置文件和波特率。</translation>
    </message>
    <message>
        <source>IMEI</source>
        <translation>IMEI</translation>
    </message>
    <message>
        <source>the modem did not report its functional mode (AT+CFUN?): %1</source>
        <translation>调制解调器未报告其功能模式（AT+CFUN?）：%1</translation>
    </message>
    <message>
        <source>the modem refused to go offline (AT+CFUN=4): %1. Check that no application on the device holds the modem.</source>
        <translation>调制解调器拒绝离线（AT+CFUN=4）：%1。请确认设备上没有应用程序占用调制解调器。</translation>
    </message>
    <message>
        <source>the modem could not delete what sec_tag %1 held: %2</source>
        <translation>调制解调器无法删除 sec_tag %1 中的内容：%2</translation>
    </message>
    <message>
        <source>the modem&apos;s credential storage is full (+CME ERROR: 515). Delete credentials it no longer needs (foundry-station-cli inspect lists them), then try again.</source>
        <translation>调制解调器的凭据存储已满（+CME ERROR: 515）。请删除不再需要的凭据（可用 foundry-station-cli inspect 列出），然后重试。</translation>
    </message>
    <message>
        <source>the modem refused the %1 as invalid content (+CME ERROR: 527); it may be damaged or in a form this modem firmware does not take.</source>
        <translation>调制解调器以内容无效为由拒绝了%1（+CME ERROR: 527）；它可能已损坏，或其格式不被此调制解调器固件接受。</translation>
    </message>
    <message>
        <source>the modem refused the write because it is still online (+CME ERROR: 518). An application on the device may have switched it back on; stop it and try again.</source>
        <translation>调制解调器仍处于在线状态，因此拒绝写入（+CME ERROR: 518）。设备上的某个应用程序可能重新开启了它；请停止该应用程序后重试。</translation>
    </message>
    <message>
        <source>the modem refused the %1: %2</source>
        <translation>调制解调器拒绝了%1：%2</translation>
    </message>
    <message>
        <source>the modem could not list its credentials: %1</source>
        <translation>调制解调器无法列出其凭据：%1</translation>
    </message>
    <message>
        <source>the modem did not give the %1 back: %2</source>
        <translation>调制解调器未返回%1：%2</translation>
    </message>
    <message>
        <source>The modem did not confirm %1 (%2).</source>
        <translation>调制解调器未确认 %1（%2）。</translation>
    </message>
    <message>
        <source>the modem refused %1: %2</source>
        <translation>调制解调器拒绝了 %1：%2</translation>
    </message>
    <message>
        <source>the modem stopped answering. Check that it is powered and that nothing else uses the port; then start again.</source>
        <translation>调制解调器已停止应答。请检查是否通电、端口是否被其他程序占用，然后重新开始。</translation>
    </message>
    <message>
        <source>identifying the modem</source>
        <translation>正在识别调制解调器</translation>
    </message>
    <message>
        <source>the device answers AT but gives no IMEI (AT+CGSN: %1), so it is not an nRF91 modem. Check the profile.</source>
        <translation>设备应答了 AT，但未给出 IMEI（AT+CGSN: %1），因此它不是 nRF91 调制解调器。请检查配置文件。</translation>
    </message>
</context>
<context>
    <name>PemBlock</name>
    <message>
        <source>it has no &quot;-----BEGIN ...-----&quot; line, so it is not PEM text</source>
        <translation>缺少“-----BEGIN ...-----”行，因此不是 PEM 文本</translation>
    </message>
    <message>
        <source>its BEGIN line is damaged</source>
        <translation>其 BEGIN 行已损坏</translation>
    </message>
    <message>
        <source>it has no &quot;-----END %1-----&quot; line, so the text is cut short or damaged</source>
        <translation>缺少“-----END %1-----”行，因此文本被截断或已损坏</translation>
    </message>
    <message>
        <source>it holds a second PEM block (%1) after the %2; exactly one is allowed</source>
        <translation>在%2之后还有第二个 PEM 块（%1）；只允许一个</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>it holds other text before or after the %1 block; only whitespace is allowed there</source>
        <translation>在 %1 块之前或之后还有其他文本；那里只允许空白字符</translation>
    </message>
</context>
<context>
    <name>ProductProfile</name>
    <message>
        <source>the product name &quot;%1&quot; is not usable; use letters, digits, blanks, dots, hyphens and underscores (at most 64), such as tracker-v2</source>
        <translation>产品名称“%1”不可用；请使用字母、数字、空格、点、连字符和下划线（最多 64 个），例如 tracker-v2</translation>
    </message>
    <message>
        <source>there is no device profile &quot;%1&quot;; choose %2 or one of %3</source>
        <translation>没有名为“%1”的设备配置文件；请选择 %2 或以下之一：%3</translation>
    </message>
    <message>
        <source>the slot must be a whole number of 0 or more (1 is usual)</source>
        <translation>槽位必须是大于或等于 0 的整数（通常为 1）</translation>
    </message>
    <message>
        <source>the product has no topics; name at least one, such as devices/{deviceId}/telemetry</source>
        <translation>该产品没有主题；请至少指定一个，例如 devices/{deviceId}/telemetry</translation>
    </message>
    <message>
        <source>the topic &quot;%1&quot; holds a control character; type it again without it</source>
        <translation>主题“%1”包含控制字符；请去掉后重新输入</translation>
    </message>
    <message>
        <source>whether %1 is &quot;%2&quot;, neither true nor false; choose one in the product profiles</source>
        <translation>“%1”的值为“%2”，既不是 true 也不是 false；请在产品配置中选择其一</translation>
    </message>
    <message>
        <source>a scanned device ID is required</source>
        <translation>需要扫描设备 ID</translation>
    </message>
    <message>
        <source>jobs start on their own</source>
        <translation>任务自动开始</translation>
    </message>
    <message>
        <source>the MCUmgr file encoding is &quot;%1&quot;, neither pem nor der; choose one in the product profiles</source>
        <translation>MCUmgr 文件编码为“%1”，既不是 pem 也不是 der；请在产品配置中选择其一</translation>
    </message>
</context>
<context>
    <name>ProductProfiles</name>
    <message>
        <source>the settings file %1 cannot be read; correct it or delete it to start from the defaults</source>
        <translation>无法读取设置文件 %1；请更正它，或将其删除以使用默认设置</translation>
    </message>
    <message>
        <source>there is no product profile &quot;%1&quot;, and none is saved yet; add one with Products... on the station window&apos;s bench</source>
        <translation>没有名为“%1”的产品配置，且尚未保存任何产品配置；请在工作站窗口的工作台上通过“产品…”添加</translation>
    </message>
    <message>
        <source>there is no product profile &quot;%1&quot;; choose one of %2</source>
        <translation>没有名为“%1”的产品配置；请从以下选择：%2</translation>
    </message>
    <message>
        <source>the product profile &quot;%1&quot; cannot be used: %2; correct it in the product profiles</source>
        <translation>产品配置“%1”无法使用：%2；请在产品配置中更正</translation>
    </message>
</context>
<context>
    <name>ProductProfilesDialog</name>
    <message>
        <source>Product profiles</source>
        <translation>产品配置</translation>
    </message>
    <message>
        <source>The saved products; the one selected is shown beside the list</source>
        <translation>已保存的产品；所选产品显示在列表旁边</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add a product profile</source>
        <translation>添加产品配置</translation>
    </message>
    <message>
        <source>Adds a product with the usual values, to be named and edited beside the list</source>
        <translation>添加一个使用常用值的产品，可在列表旁边命名和编辑</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected product profile</source>
        <translation>删除所选产品配置</translation>
    </message>
    <message>
        <source>Removes the selected product when Save is pressed</source>
        <translation>保存时删除所选产品</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The name the bench lists the product by</source>
        <translation>工作台列出该产品时使用的名称</translation>
    </message>
    <message>
        <source>Device profile</source>
        <translation>设备配置文件</translation>
    </message>
    <message>
        <source>How the station talks to the product&apos;s devices, or detected on each device</source>
        <translation>工作站与该产品设备的通信方式，或在每台设备上自动检测</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>波特率</translation>
    </message>
    <message>
        <source>The serial line rate of the product&apos;s devices; 115200 is usual</source>
        <translation>该产品设备的串口速率；通常为 115200</translation>
    </message>
    <message>
        <source>Slot (sec_tag)</source>
        <translation>槽位 (sec_tag)</translation>
    </message>
    <message>
        <source>The slot or security tag (sec_tag) the certificate and key are written into</source>
        <translation>证书和密钥写入的槽位或安全标签（sec_tag）</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>The MQTT topics the certificate is for, comma-separated; {deviceId}, {serial}, {imei} and {firmware} are filled in per device</source>
        <translation>证书适用的 MQTT 主题，以逗号分隔；{deviceId}、{serial}、{imei} 和 {firmware} 会按设备填入</translation>
    </message>
    <message>
        <source>Comma-separated; {deviceId}, {serial}, {imei} and {firmware} are filled in per device.</source>
        <translation>以逗号分隔；{deviceId}、{serial}、{imei} 和 {firmware} 会按设备填入。</translation>
    </message>
    <message>
        <source>On: each device&apos;s ID is scanned from its label. Off: a device&apos;s own serial number (IMEI) is its device ID</source>
        <translation>开：每台设备的 ID 从其标签扫描。关：设备自身的序列号（IMEI）即为其设备 ID</translation>
    </message>
    <message>
        <source>Each device&apos;s ID is scanned from its label</source>
        <translation>每台设备的 ID 从其标签扫描</translation>
    </message>
    <message>
        <source>Off: a device takes its own serial number (IMEI) as its device ID.</source>
        <translation>关：设备使用自身的序列号（IMEI）作为设备 ID。</translation>
    </message>
    <message>
        <source>On: a job starts as soon as the device and its ID are there. Off: each job waits for Start</source>
        <translation>开：设备及其 ID 就绪后任务立即开始。关：每个任务都等待按“开始”</translation>
    </message>
    <message>
        <source>Start the job as soon as the device and its ID are there</source>
        <translation>设备及其 ID 就绪后立即开始任务</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>%1: two products have this name; rename one</source>
        <translation>%1：有两个产品使用此名称；请重命名其中一个</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the bench needs at least one product: add one</source>
        <translation>工作台至少需要一个产品：请添加一个</translation>
    </message>
</context>
<context>
    <name>ProvisioningJob</name>
    <message>
        <source>Waiting to start</source>
        <translation>等待开始</translation>
    </message>
    <message>
        <source>Identifying the device</source>
        <translation>正在识别设备</translation>
    </message>
    <message>
        <source>Identifying the device while Foundry makes a certificate, active at once with its topics</source>
        <translation>正在识别设备，同时 Foundry 正在生成证书（立即激活并附带主题）</translation>
    </message>
    <message>
        <source>Identifying the device while Foundry makes a certificate</source>
        <translation>正在识别设备，同时 Foundry 正在生成证书</translation>
    </message>
    <message>
        <source>Asking Foundry for a certificate, active at once with its topics</source>
        <translation>正在向 Foundry 申请证书（立即激活并附带主题）</translation>
    </message>
    <message>
        <source>Asking Foundry for a certificate</source>
        <translation>正在向 Foundry 申请证书</translation>
    </message>
    <message>
        <source>Checking certificate %1 and its key</source>
        <translation>正在检查证书 %1 及其密钥</translation>
    </message>
    <message>
        <source>Writing the certificate into slot %1</source>
        <translation>正在将证书写入槽位 %1</translation>
    </message>
    <message>
        <source>Writing the private key into slot %1</source>
        <translation>正在将私钥写入槽位 %1</translation>
    </message>
    <message>
        <source>Verifying the certificate the device holds</source>
        <translation>正在校验设备中的证书</translation>
    </message>
    <message>
        <source>Verifying the private key the device holds</source>
        <translation>正在校验设备中的私钥</translation>
    </message>
    <message>
        <source>Putting the device back as it was</source>
        <translation>正在将设备恢复原状</translation>
    </message>
    <message>
        <source>Provisioning certificate %1 to device %2 (attempt %3 of %4)</source>
        <translation>正在为设备 %2 预置证书 %1（第 %3 次尝试，共 %4 次）</translation>
    </message>
    <message>
        <source>Waiting before provisioning again</source>
        <translation>重新预置前等待中</translation>
    </message>
    <message>
        <source>Rolling back: deleting the private key from slot %1</source>
        <translation>回滚：正在从槽位 %1 删除私钥</translation>
    </message>
    <message>
        <source>Rolling back: deleting the certificate from slot %1</source>
        <translation>回滚：正在从槽位 %1 删除证书</translation>
    </message>
    <message>
        <source>Rolling back: revoking certificate %1</source>
        <translation>回滚：正在吊销证书 %1</translation>
    </message>
    <message>
        <source>Provisioned</source>
        <translation>已预置</translation>
    </message>
    <message>
        <source>Failed; everything it created is rolled back</source>
        <translation>失败；其创建的所有内容均已回滚</translation>
    </message>
    <message>
        <source>Failed, and the rollback is incomplete: a person must act</source>
        <translation>失败，且回滚不完整：需要人工处理</translation>
    </message>
    <message>
        <source>Cancelled; everything it created is rolled back</source>
        <translation>已取消；其创建的所有内容均已回滚</translation>
    </message>
    <message>
        <source>no Foundry device ID given</source>
        <translation>未提供 Foundry 设备 ID</translation>
    </message>
    <message>
        <source>activating on generate needs topics</source>
        <translation>生成时激活需要主题</translation>
    </message>
    <message>
        <source>cancelled by the operator</source>
        <translation>已被操作员取消</translation>
    </message>
    <message>
        <source>the device profile is gone</source>
        <translation>设备配置文件已不存在</translation>
    </message>
    <message>
        <source>Provisioning will be tried again in %1 s.</source>
        <translation>将在 %1 秒后重试预置。</translation>
    </message>
    <message>
        <source>the topic template cannot be filled in: %1</source>
        <translation>无法填充主题模板：%1</translation>
    </message>
    <message>
        <source>serial %1, firmware %2</source>
        <translation>序列号 %1，固件 %2</translation>
    </message>
    <message>
        <source>generating the certificate failed: %1</source>
        <translation>生成证书失败：%1</translation>
    </message>
    <message>
        <source>the certificate and key from Foundry failed their checks and were not written to the device: %1</source>
        <translation>来自 Foundry 的证书和密钥未通过检查，未写入设备：%1</translation>
    </message>
    <message>
        <source>delete the private key from slot %1 on %2</source>
        <translation>删除 %2 上槽位 %1 中的私钥</translation>
    </message>
    <message>
        <source>delete the certificate from slot %1 on %2</source>
        <translation>删除 %2 上槽位 %1 中的证书</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>provisioning certificate %1 to device %2 failed after %n request(s): %3</source>
        <translation>
            <numerusform>为设备 %2 预置证书 %1 在 %n 次请求后失败：%3</numerusform>
        </translation>
    </message>
    <message>
        <source>revoke certificate %1</source>
        <translation>吊销证书 %1</translation>
    </message>
    <message>
        <source>%1 Trying again in %2 s (attempt %3).</source>
        <translation>%1 将在 %2 秒后重试（第 %3 次尝试）。</translation>
    </message>
    <message>
        <source>put the device on %1 back as it was</source>
        <translation>将 %1 上的设备恢复原状</translation>
    </message>
    <message>
        <source>none generated</source>
        <translation>未生成</translation>
    </message>
    <message>
        <source>unknown: the generate request may have reached Foundry, but no answer with an ID arrived</source>
        <translation>未知：生成请求可能已到达 Foundry，但没有收到含 ID 的应答</translation>
    </message>
    <message>
        <source>inactive, tied to no device</source>
        <translation>未激活，未绑定任何设备</translation>
    </message>
    <message>
        <source>active (generated with topics), tied to no device</source>
        <translation>已激活（生成时附带主题），未绑定任何设备</translation>
    </message>
    <message>
        <source>possibly active and tied to device %1: a provision request may have reached Foundry</source>
        <translation>可能已激活并绑定到设备 %1：预置请求可能已到达 Foundry</translation>
    </message>
    <message>
        <source>active, tied to device %1</source>
        <translation>已激活，已绑定到设备 %1</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <source>the journal could not be written, so the job did not start: %1</source>
        <translation>无法写入任务记录，因此任务未启动：%1</translation>
    </message>
    <message>
        <source>The journal could not be written: %1</source>
        <translation>无法写入任务记录：%1</translation>
    </message>
    <message>
        <source>the journal could not be written, so the job stopped before &quot;%1&quot;: %2</source>
        <translation>无法写入任务记录，因此任务在“%1”之前停止：%2</translation>
    </message>
    <message>
        <source>the journal could not record the device, so the job stopped: %1</source>
        <translation>任务记录无法记录设备，因此任务已停止：%1</translation>
    </message>
    <message>
        <source>the journal could not record the device, so the job stopped before asking Foundry for a certificate: %1</source>
        <translation>任务记录无法记录设备，因此任务在向 Foundry 申请证书之前停止：%1</translation>
    </message>
    <message>
        <source>certificate %1 was generated but the journal could not record it, so it is revoked: %2</source>
        <translation>证书 %1 已生成，但任务记录无法记录它，因此将其吊销：%2</translation>
    </message>
    <message>
        <source>the journal could not record it first, so the station did not leave %1: %2</source>
        <translation>任务记录未能事先记录，因此工作站没有遗留 %1：%2</translation>
    </message>
    <message>
        <source>The journal could not record how this job ended: %1</source>
        <translation>任务记录无法记录此任务的结束方式：%1</translation>
    </message>
</context>
<context>
    <name>ProvisioningLane</name>
    <message>
        <source>opening %1</source>
        <translation>正在打开 %1</translation>
    </message>
    <message>
        <source>choosing the device profile</source>
        <translation>正在选择设备配置文件</translation>
    </message>
    <message>
        <source>there is no device profile &quot;%1&quot;; use one of: %2, or %3</source>
        <translation>没有名为“%1”的设备配置文件；请使用以下之一：%2，或 %3</translation>
    </message>
    <message>
        <source>the device went away during the job</source>
        <translation>设备在任务进行中断开了</translation>
    </message>
    <message>
        <source>waiting for the next job on %1</source>
        <translation>等待 %1 上的下一个任务</translation>
    </message>
</context>
<context>
    <name>ReadFromDeviceDialog</name>
    <message>
        <source>Read the certificate from a device</source>
        <translation>从设备读取证书</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>Device to read, by its serial port</source>
        <translation>要读取的设备（按串口）</translation>
    </message>
    <message>
        <source>The bench lanes&apos; ports and every other serial port the station sees; a busy lane&apos;s port can be read once its job has ended</source>
        <translation>工作台各通道的端口，以及工作站能看到的其他所有串口；忙碌通道的端口需等其任务结束后才能读取</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Refresh the list of devices</source>
        <translation>刷新设备列表</translation>
    </message>
    <message>
        <source>Lists the serial ports again, as after plugging a device in</source>
        <translation>重新列出串口，例如在插入设备之后</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>读取(&amp;R)</translation>
    </message>
    <message>
        <source>Read the certificate from the chosen device</source>
        <translation>从所选设备读取证书</translation>
    </message>
    <message>
        <source>Reads which certificate the device holds and finds it in the journal; an idle lane on that port is paused for the read. Enter reads</source>
        <translation>读取设备存有的证书并在任务记录中查找；该端口上空闲的通道会在读取期间暂停。按回车读取</translation>
    </message>
    <message>
        <source>Re&amp;voke this certificate…</source>
        <translation>吊销此证书(&amp;V)…</translation>
    </message>
    <message>
        <source>Revoke the certificate the device holds, after a confirmation</source>
        <translation>经确认后吊销设备存有的证书</translation>
    </message>
    <message>
        <source>Asks for a reason and a confirmation, then revokes the certificate on Foundry; offered once the journal knows the certificate and has not seen it revoked</source>
        <translation>要求填写原因并确认，然后在 Foundry 上吊销该证书；仅当任务记录中有该证书且未见其被吊销时提供</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close reading from a device</source>
        <translation>关闭从设备读取</translation>
    </message>
    <message>
        <source>Closes the dialog, as Escape does; a read under way stops, and a lane it paused opens again</source>
        <translation>关闭对话框，与 Esc 键相同；进行中的读取会停止，被其暂停的通道会重新打开</translation>
    </message>
    <message>
        <source>Its bench lane is provisioning a device. Wait until the lane shows its result, then read again.</source>
        <translation>其工作台通道正在预置设备。请等待该通道显示结果，然后重新读取。</translation>
    </message>
    <message>
        <source>Its bench lane is still opening the device. Wait until the lane is ready, then read again.</source>
        <translation>其工作台通道仍在打开设备。请等待该通道就绪，然后重新读取。</translation>
    </message>
    <message>
        <source>Its bench lane is rolling a job back. Wait until it has finished, then read again.</source>
        <translation>其工作台通道正在回滚任务。请等待其完成，然后重新读取。</translation>
    </message>
    <message>
        <source>The station sees no device. Plug one in (or add its port on the Bench page), then press Refresh.</source>
        <translation>工作站未发现任何设备。请插入设备（或在“工作台”页面添加其端口），然后按“刷新”。</translation>
    </message>
    <message>
        <source>Its bench lane is idle: the lane is paused while the device is read, and opens again afterwards.</source>
        <translation>其工作台通道空闲：读取设备期间该通道会暂停，之后重新打开。</translation>
    </message>
    <message>
        <source>No lane holds this port: the station opens it to read the device.</source>
        <translation>没有通道占用此端口：工作站将打开它来读取设备。</translation>
    </message>
    <message>
        <source>Reading the device on %1…</source>
        <translation>正在读取 %1 上的设备…</translation>
    </message>
</context>
<context>
    <name>RevokeCertificateDialog</name>
    <message>
        <source>Revoke certificate</source>
        <translation>吊销证书</translation>
    </message>
    <message>
        <source>Revocation cannot be undone: the device can no longer connect with this certificate, and a new one must be provisioned to it.</source>
        <translation>吊销无法撤销：设备将无法再使用此证书连接，必须为其预置新证书。</translation>
    </message>
    <message>
        <source>&amp;Reason (kept in the journal):</source>
        <translation>原因(&amp;R)（记入任务记录）：</translation>
    </message>
    <message>
        <source>Reason for the revocation</source>
        <translation>吊销原因</translation>
    </message>
    <message>
        <source>Why the certificate is revoked; the journal keeps it with the revoke. Revoke is possible once it is filled in</source>
        <translation>吊销证书的原因；任务记录会将其与吊销一并保存。填写后才能吊销</translation>
    </message>
    <message>
        <source>For example: device returned, key exposed</source>
        <translation>例如：设备已退回、密钥已泄露</translation>
    </message>
    <message>
        <source>Revoke certificate %1 of device %2?</source>
        <translation>吊销设备 %2 的证书 %1？</translation>
    </message>
    <message>
        <source>(no device ID recorded)</source>
        <translation>（未记录设备 ID）</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>吊销</translation>
    </message>
</context>
<context>
    <name>SandboxProcess</name>
    <message>
        <source>%1 did not say it was ready within %2 seconds</source>
        <translation>%1 未在 %2 秒内报告就绪</translation>
    </message>
    <message>
        <source>%1 could not be started (%2)</source>
        <translation>无法启动 %1（%2）</translation>
    </message>
    <message>
        <source>%1 announced something unusable: %2</source>
        <translation>%1 报告了无法使用的内容：%2</translation>
    </message>
    <message>
        <source>%1 printed more than %2 bytes without saying it was ready</source>
        <translation>%1 输出超过 %2 字节仍未报告就绪</translation>
    </message>
    <message>
        <source>%1 ended before it was ready</source>
        <translation>%1 在就绪前已退出</translation>
    </message>
    <message>
        <source>%1 ended</source>
        <translation>%1 已退出</translation>
    </message>
    <message>
        <source>%1; its log ends: %2</source>
        <translation>%1；其日志末尾为：%2</translation>
    </message>
</context>
<context>
    <name>SandboxSession</name>
    <message>
        <source>the Sandbox has no folder for its files (%1); make room in %2 and try again</source>
        <translation>沙盒没有可存放其文件的文件夹（%1）；请在 %2 中腾出空间后重试</translation>
    </message>
    <message>
        <source>the Foundry emulator</source>
        <translation>Foundry 模拟器</translation>
    </message>
    <message>
        <source>the Foundry emulator gave an unusable address</source>
        <translation>Foundry 模拟器给出了无法使用的地址</translation>
    </message>
    <message>
        <source>the simulated device %1</source>
        <translation>模拟设备 %1</translation>
    </message>
    <message>
        <source>the Sandbox needs the program %1 beside the station, in %2, and it is not there; install the station&apos;s Sandbox programs with it (./dev build builds them), or choose another environment</source>
        <translation>沙盒需要工作站旁的程序 %1（位于 %2），但该程序不存在；请随工作站一起安装其沙盒程序（./dev build 会构建它们），或选择其他环境</translation>
    </message>
</context>
<context>
    <name>SerialLink</name>
    <message>
        <source>cannot set the control lines of %1: %2</source>
        <translation>无法设置 %1 的控制线：%2</translation>
    </message>
    <message>
        <source>%1 does not exist. Is the device plugged in and powered? &quot;foundry-station-cli ports&quot; lists the serial ports this computer has.</source>
        <translation>%1 不存在。设备是否已插入并通电？“foundry-station-cli ports”可列出本机的串口。</translation>
    </message>
    <message>
        <source>no permission to open %1. Ask an administrator for access; serial ports usually belong to the dialout group.</source>
        <translation>没有打开 %1 的权限。请向管理员申请访问权限；串口通常属于 dialout 组。</translation>
    </message>
    <message>
        <source>no permission to open %1, which belongs to the %2 group. Join it (sudo usermod -aG %2 $USER), then log out and in again.</source>
        <translation>没有打开 %1 的权限，该端口属于 %2 组。请加入该组（sudo usermod -aG %2 $USER），然后注销并重新登录。</translation>
    </message>
    <message>
        <source>%1 is in use by another program: %2 has it open. Close it there and try again.</source>
        <translation>%1 正被其他程序使用：%2 打开了它。请在该程序中关闭后重试。</translation>
    </message>
    <message>
        <source>%1 is in use by another program (a terminal such as screen, minicom or picocom, ModemManager, or another station). Close it and try again.</source>
        <translation>%1 正被其他程序使用（如 screen、minicom、picocom 等终端，ModemManager，或另一个工作站）。请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>%1 does not accept the settings %2: %3</source>
        <translation>%1 不接受设置 %2：%3</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>the device on %1 disconnected</source>
        <translation>%1 上的设备已断开</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>SerialPortLock</name>
    <message>
        <source>process %1</source>
        <translation>进程 %1</translation>
    </message>
    <message>
        <source>%1 (process %2)</source>
        <translation>%1（进程 %2）</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>%1 is in use by another program%2, which holds the device under this or another name. Close it and try again.</source>
        <translation>%1 正被另一个程序%2使用，该程序以此名称或其他名称占用该设备。请关闭它后重试。</translation>
    </message>
    <message>
        <source>%1 is in use by another program: %2 has the same device%3 open. Close it there and try again.</source>
        <translation>%1 正被其他程序使用：%2 打开了同一设备%3。请在该程序中关闭后重试。</translation>
    </message>
    <message>
        <source>a process this system does not name</source>
        <translation>一个系统未给出名称的进程</translation>
    </message>
</context>
<context>
    <name>SerialSettings</name>
    <message>
        <source>no serial port given; run &quot;foundry-station-cli ports&quot; to list them</source>
        <translation>未指定串口；运行“foundry-station-cli ports”可列出串口</translation>
    </message>
    <message>
        <source>the baud rate %1 is out of range (1 to %2; 115200 is usual)</source>
        <translation>波特率 %1 超出范围（1 到 %2；通常为 115200）</translation>
    </message>
    <message>
        <source>%1 data bits is not possible; a serial port sends 5 to 8 (8 is usual)</source>
        <translation>不可能使用 %1 个数据位；串口只能发送 5 到 8 位（通常为 8 位）</translation>
    </message>
    <message>
        <source>unknown parity setting %1</source>
        <translation>未知的校验位设置 %1</translation>
    </message>
    <message>
        <source>unknown stop bits setting %1</source>
        <translation>未知的停止位设置 %1</translation>
    </message>
    <message>
        <source>unknown flow control setting %1</source>
        <translation>未知的流控制设置 %1</translation>
    </message>
    <message>
        <source>the pacing chunk size cannot be negative (0 turns pacing off)</source>
        <translation>节流块大小不能为负数（0 表示关闭节流）</translation>
    </message>
</context>
<context>
    <name>SessionTokenStore</name>
    <message>
        <source>no Foundry access token for %1 yet: enter it in Settings</source>
        <translation>尚无 %1 的 Foundry 访问令牌：请在“设置”中输入</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Foundry environment</source>
        <translation>Foundry 环境</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>环境(&amp;E)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>The Foundry environment shown below; the station works in the one shown when you save</source>
        <translation>下方显示的 Foundry 环境；工作站将使用保存时显示的环境</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the environment</source>
        <translation>删除该环境</translation>
    </message>
    <message>
        <source>Removes the environment shown when you save</source>
        <translation>保存时删除所显示的环境</translation>
    </message>
    <message>
        <source>New environment&apos;s name, such as staging</source>
        <translation>新环境的名称，例如 staging</translation>
    </message>
    <message>
        <source>New environment&apos;s name</source>
        <translation>新环境的名称</translation>
    </message>
    <message>
        <source>The name of an environment to add, such as staging; Add adds it</source>
        <translation>要添加的环境名称，例如 staging；按“添加”即可添加</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add the environment</source>
        <translation>添加该环境</translation>
    </message>
    <message>
        <source>Adds an environment with the name typed beside it</source>
        <translation>以旁边输入的名称添加环境</translation>
    </message>
    <message>
        <source>The station works in the environment shown here when you save.</source>
        <translation>保存后，工作站将使用此处显示的环境。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Kind of environment</source>
        <translation>环境类型</translation>
    </message>
    <message>
        <source>Production talks to a real Foundry; a Sandbox is for practice, marked in the window, with its own journal</source>
        <translation>生产环境连接真实的 Foundry；沙盒用于练习，在窗口中有标识，并有自己的任务记录</translation>
    </message>
    <message>
        <source>Production: a real Foundry</source>
        <translation>生产：真实的 Foundry</translation>
    </message>
    <message>
        <source>Sandbox: practice, marked in the window, with its own journal</source>
        <translation>沙盒：练习用，在窗口中有标识，有自己的任务记录</translation>
    </message>
    <message>
        <source>API URL</source>
        <translation>API URL</translation>
    </message>
    <message>
        <source>The address of the Foundry API; empty in a Sandbox that the station runs itself</source>
        <translation>Foundry API 的地址；由工作站自行运行的沙盒请留空</translation>
    </message>
    <message>
        <source>Auth header</source>
        <translation>认证标头</translation>
    </message>
    <message>
        <source>The HTTP header and scheme that carry the access token, such as Authorization: Bearer</source>
        <translation>携带访问令牌的 HTTP 标头和方案，例如 Authorization: Bearer</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA 文件</translation>
    </message>
    <message>
        <source>A PEM file with the CA of a private Foundry installation; empty trusts the system&apos;s CAs</source>
        <translation>私有 Foundry 部署的 CA 的 PEM 文件；留空则信任系统的 CA</translation>
    </message>
    <message>
        <source>Only for a private CA; empty trusts the system&apos;s</source>
        <translation>仅用于私有 CA；留空则信任系统的 CA</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>A new access token for this environment, kept in the keychain and never shown again; empty keeps the stored one</source>
        <translation>此环境的新访问令牌，保存在钥匙串中且不再显示；留空则保留已存储的令牌</translation>
    </message>
    <message>
        <source>Kept in the keychain; type a new one to replace it</source>
        <translation>保存在钥匙串中；输入新令牌即可替换</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Asks Foundry for a certificate, checks it and revokes it again, as check-api does; the result is shown beside the button</source>
        <translation>向 Foundry 申请证书、检查后再将其吊销，与 check-api 相同；结果显示在按钮旁边</translation>
    </message>
    <message>
        <source>Asks Foundry for a certificate, checks it and revokes it again, as check-api does</source>
        <translation>向 Foundry 申请证书、检查后再将其吊销，与 check-api 相同</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>本工作站</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>任务记录</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>The name recorded with each job as its operator; empty uses the one shown greyed out</source>
        <translation>每个任务中记录为操作员的名称；留空则使用灰色显示的名称</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工作站</translation>
    </message>
    <message>
        <source>The name recorded with each job as its station; empty uses the one shown greyed out</source>
        <translation>每个任务中记录为工作站的名称；留空则使用灰色显示的名称</translation>
    </message>
    <message>
        <source>Topics template</source>
        <translation>主题模板</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of the window, from the next start; Automatic follows the system&apos;s language</source>
        <translation>窗口的语言，下次启动时生效；“自动”跟随系统语言</translation>
    </message>
    <message>
        <source>A new language takes effect when the station starts again.</source>
        <translation>新语言将在工作站下次启动时生效。</translation>
    </message>
    <message>
        <source>The MQTT topics of the standard product, comma-separated; {deviceId} and the other fields are filled in per device</source>
        <translation>标准产品的 MQTT 主题，以逗号分隔；{deviceId} 等字段会按设备填入</translation>
    </message>
    <message>
        <source>Empty: the station runs an emulated Foundry and simulated devices</source>
        <translation>留空：工作站将运行模拟的 Foundry 和模拟设备</translation>
    </message>
    <message>
        <source>https://foundry.example.com</source>
        <translation>https://foundry.example.com</translation>
    </message>
    <message>
        <source>There is an environment named &quot;%1&quot; already; choose it above, or give the new one another name.</source>
        <translation>已存在名为“%1”的环境；请在上方选择它，或为新环境另取名称。</translation>
    </message>
    <message>
        <source>the topics template is empty: name at least one topic, such as devices/{deviceId}/telemetry</source>
        <translation>主题模板为空：请至少指定一个主题，例如 devices/{deviceId}/telemetry</translation>
    </message>
    <message>
        <source>The settings are saved, but the token is not: %1</source>
        <translation>设置已保存，但令牌未保存：%1</translation>
    </message>
    <message>
        <source>The station runs this Sandbox&apos;s Foundry itself while you work in it: there is nothing to test.</source>
        <translation>您在此沙盒中工作时，其 Foundry 由工作站自行运行：无需测试。</translation>
    </message>
    <message>
        <source>Testing...</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Foundry works: URL, token and TLS are good; the test certificate passed every check and was revoked again.</source>
        <translation>Foundry 工作正常：URL、令牌和 TLS 均无问题；测试证书通过了所有检查，并已再次吊销。</translation>
    </message>
    <message>
        <source>It does not work: %1</source>
        <translation>无法正常工作：%1</translation>
    </message>
    <message>
        <source>Revoking the test certificate failed (%1): %2</source>
        <translation>吊销测试证书失败（%1）：%2</translation>
    </message>
    <message>
        <source>The journal that records every job: a file, or the factory&apos;s postgresql:// address; empty uses the one shown greyed out</source>
        <translation>记录每个任务的任务记录：一个文件，或工厂的 postgresql:// 地址；留空则使用灰色显示的任务记录</translation>
    </message>
    <message>
        <source>A journal file, or the factory&apos;s journal database as a postgresql:// address</source>
        <translation>任务记录文件，或以 postgresql:// 地址表示的工厂任务记录数据库</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <source>A new password for the shared journal&apos;s database account, kept in the keychain and never shown again; empty keeps the stored one. Only for a postgresql:// journal</source>
        <translation>共享任务记录的数据库账户的新密码，保存在钥匙串中且不再显示；留空则保留已存储的密码。仅适用于 postgresql:// 任务记录</translation>
    </message>
    <message>
        <source>For a postgresql:// journal; kept in the keychain</source>
        <translation>用于 postgresql:// 任务记录；保存在钥匙串中</translation>
    </message>
    <message>
        <source>&amp;Database password</source>
        <translation>数据库密码(&amp;D)</translation>
    </message>
    <message>
        <source>The settings are saved, but the journal&apos;s password is not: %1</source>
        <translation>设置已保存，但任务记录的密码未保存：%1</translation>
    </message>
</context>
<context>
    <name>SmpFileLayout</name>
    <message>
        <source>the file path %1 does not start with /; MCUmgr takes absolute paths only</source>
        <translation>文件路径 %1 不以 / 开头；MCUmgr 只接受绝对路径</translation>
    </message>
    <message>
        <source>the file path %1 is longer than the %2 bytes MCUmgr takes by default</source>
        <translation>文件路径 %1 超过了 MCUmgr 默认接受的 %2 字节</translation>
    </message>
    <message>
        <source>the file path %1 holds a control character</source>
        <translation>文件路径 %1 包含控制字符</translation>
    </message>
    <message>
        <source>two credentials would share one file; give each its own path</source>
        <translation>两个凭据将共用一个文件；请为每个凭据指定各自的路径</translation>
    </message>
    <message>
        <source>the file layout holds &quot;%1&quot;, which is not a layout this station writes</source>
        <translation>文件布局包含“%1”，这不是本工作站写入的布局</translation>
    </message>
    <message>
        <source>the file layout does not name its encoding and all three paths</source>
        <translation>文件布局未指定其编码及全部三个路径</translation>
    </message>
    <message>
        <source>the file encoding &quot;%1&quot; is neither pem nor der</source>
        <translation>文件编码“%1”既不是 pem 也不是 der</translation>
    </message>
</context>
<context>
    <name>StationBatch</name>
    <message numerus="yes">
        <source>The work order&apos;s %n unit(s) are provisioned, so no lane starts a new job: start a new batch or raise the cap to go on.</source>
        <translation>
            <numerusform>工单的 %n 台设备均已预置，因此任何通道都不会开始新任务：如需继续，请开始新批次或提高上限。</numerusform>
        </translation>
    </message>
    <message>
        <source>The work order&apos;s last units are being provisioned, so no lane starts a new job: wait for them, or raise the cap.</source>
        <translation>工单的最后几台设备正在预置，因此任何通道都不会开始新任务：请等待其完成，或提高上限。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n unit(s) of the work order provisioned.</source>
        <translation>
            <numerusform>工单共 %n 台，已预置 %1 台。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationLanguage</name>
    <message>
        <source>Automatic (the system&apos;s language)</source>
        <translation>自动（系统语言）</translation>
    </message>
</context>
<context>
    <name>StationLog</name>
    <message>
        <source>Lane %1</source>
        <translation>通道 %1</translation>
    </message>
    <message>
        <source>The device speaks the %1 profile</source>
        <translation>设备使用 %1 配置文件</translation>
    </message>
    <message>
        <source>Recovered job %1: %2</source>
        <translation>已恢复任务 %1：%2</translation>
    </message>
    <message>
        <source>The lane could not open: %1: %2</source>
        <translation>通道无法打开：%1：%2</translation>
    </message>
    <message>
        <source>The device went away: %1: %2</source>
        <translation>设备已断开：%1：%2</translation>
    </message>
    <message>
        <source>Job for device %1 started, slot %2</source>
        <translation>设备 %1 的任务已开始，槽位 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 done in %2 ms</source>
        <translation>%1 完成，用时 %2 毫秒</translation>
    </message>
    <message>
        <source>%1 failed after %2 ms</source>
        <translation>%1 在 %2 毫秒后失败</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message numerus="yes">
        <source>Foundry %1: %2 in %3 ms, %n request(s)</source>
        <translation>
            <numerusform>Foundry %1：%2，用时 %3 毫秒，%n 次请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Foundry %1: %2 (%3) in %4 ms, %n request(s): %5</source>
        <translation>
            <numerusform>Foundry %1：%2（%3），用时 %4 毫秒，%n 次请求：%5</numerusform>
        </translation>
    </message>
    <message>
        <source>Device answered %1: done</source>
        <translation>设备对 %1 的应答：完成</translation>
    </message>
    <message>
        <source>Device answered %1: done (%2)</source>
        <translation>设备对 %1 的应答：完成（%2）</translation>
    </message>
    <message>
        <source>Device answered %1: %2</source>
        <translation>设备对 %1 的应答：%2</translation>
    </message>
    <message>
        <source>Device %1 provisioned with certificate %2 (%3), topics %4; the device reported certificate digest %5 and key digest %6</source>
        <translation>设备 %1 已使用证书 %2（%3）完成预置，主题为 %4；设备报告的证书摘要为 %5，密钥摘要为 %6</translation>
    </message>
    <message>
        <source>Job for device %1 ended %2 (%3): %4</source>
        <translation>设备 %1 的任务结束：%2（%3）：%4</translation>
    </message>
    <message>
        <source>Rollback: %1: done</source>
        <translation>回滚：%1：完成</translation>
    </message>
    <message>
        <source>Rollback: %1: failed: %2</source>
        <translation>回滚：%1：失败：%2</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
</context>
<context>
    <name>StationProtocolProfile</name>
    <message>
        <source>Protocol version</source>
        <translation>协议版本</translation>
    </message>
    <message>
        <source>Longest request line</source>
        <translation>最长请求行</translation>
    </message>
    <message>
        <source>Largest chunk</source>
        <translation>最大分块</translation>
    </message>
    <message>
        <source>Largest credential</source>
        <translation>最大凭据</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>槽位</translation>
    </message>
    <message>
        <source>Receive buffer</source>
        <translation>接收缓冲区</translation>
    </message>
    <message>
        <source>Requests in flight during a write</source>
        <translation>写入期间同时进行的请求数</translation>
    </message>
    <message>
        <source>Credential types</source>
        <translation>凭据类型</translation>
    </message>
    <message>
        <source>the device does not store a %1 (type %2); it takes %3. Use firmware that stores this type.</source>
        <translation>设备不存储%1（类型 %2）；它接受 %3。请使用能存储此类型的固件。</translation>
    </message>
    <message>
        <source>the device has %1 slots, numbered from 0, so there is no slot %2. Use a lower slot, or raise the number of slots in the firmware (slots in the C library&apos;s station_device_config).</source>
        <translation>设备有 %1 个槽位，从 0 开始编号，因此没有槽位 %2。请使用更小的槽位，或在固件中增加槽位数量（C 库 station_device_config 中的 slots）。</translation>
    </message>
    <message>
        <source>this %1 has %2 bytes, but the device takes credentials of at most %3 bytes (cred=%3 in its HELLO answer). Raise that limit in the firmware to at least %2 bytes (max_credential in the C library&apos;s station_device_config, and the staging area behind it), then flash it again.</source>
        <translation>此%1有 %2 字节，但设备只接受最多 %3 字节的凭据（HELLO 应答中的 cred=%3）。请在固件中将该上限提高到至少 %2 字节（C 库 station_device_config 中的 max_credential 及其后的暂存区），然后重新烧录。</translation>
    </message>
    <message>
        <source>the device&apos;s receive buffer (rxbuf=%1 in its HELLO answer) cannot take even the shortest CHUNK line. Raise it in the firmware to at least 128 bytes (rx_buffer in the C library&apos;s station_device_config, and the UART buffer behind it).</source>
        <translation>设备的接收缓冲区（HELLO 应答中的 rxbuf=%1）连最短的 CHUNK 行都容纳不下。请在固件中将其提高到至少 128 字节（C 库 station_device_config 中的 rx_buffer 及其后的 UART 缓冲区）。</translation>
    </message>
    <message>
        <source>the device acknowledged the chunk at offset %1 with %2, where next=%3 was due. Its firmware does not follow station protocol version 1; please report it with the firmware version.</source>
        <translation>设备以 %2 确认了偏移量 %1 处的分块，而应为 next=%3。其固件不符合工作站协议第 1 版；请连同固件版本一起报告。</translation>
    </message>
    <message>
        <source>the device accepted the %1, but now says slot %2 holds none. Its storage does not keep what it commits; set the device aside and report it.</source>
        <translation>设备接受了%1，但现在表示槽位 %2 中没有内容。其存储无法保存已提交的内容；请将设备放到一边并报告。</translation>
    </message>
    <message>
        <source>the device accepted the %1, but its slot now holds something else (SHA-256 %2, expected %3). Write it again; if it keeps happening, the device&apos;s storage is faulty.</source>
        <translation>设备接受了%1，但其槽位现在存有其他内容（SHA-256 为 %2，应为 %3）。请重新写入；如果反复出现，说明设备存储有故障。</translation>
    </message>
    <message>
        <source>the device&apos;s list of credentials kept arriving incomplete (%1 after %2 items). Check the cable and the baud rate, or use a lower one.</source>
        <translation>设备的凭据列表一直不完整（%2 项之后 %1）。请检查线缆和波特率，或使用更低的波特率。</translation>
    </message>
    <message>
        <source>the device&apos;s answer to HELLO lacks what station protocol version 1 requires (proto=1, serial, fw, line, chunk, cred, slots, rxbuf): %1. Compare the firmware&apos;s HELLO with docs/station-protocol.md.</source>
        <translation>设备的 HELLO 应答缺少工作站协议第 1 版要求的内容（proto=1、serial、fw、line、chunk、cred、slots、rxbuf）：%1。请将固件的 HELLO 与 docs/station-protocol.md 进行比对。</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>nothing answered HELLO, %1 times. Check that the device runs firmware that speaks the station protocol, that it is powered and connected, and the baud rate; then start again.</source>
        <translation>HELLO %1 次均无应答。请检查设备运行的固件是否支持工作站协议、设备是否通电并已连接，以及波特率；然后重新开始。</translation>
    </message>
    <message>
        <source>the device stopped answering: %1 went unanswered %2 times. Check that it is powered, that the cable is in, and that nothing else uses the port; then start again.</source>
        <translation>设备已停止应答：%1 有 %2 次未获应答。请检查设备是否通电、线缆是否插好、端口是否被其他程序占用，然后重新开始。</translation>
    </message>
    <message>
        <source>Its last answer was damaged: %1.</source>
        <translation>其最后一次应答已损坏：%1。</translation>
    </message>
    <message>
        <source>the device answered %1 with &quot;ERR %2 %3&quot;</source>
        <translation>设备对 %1 的应答为“ERR %2 %3”</translation>
    </message>
    <message>
        <source>%1, also when the request was sent again: requests arrive damaged. Check the cable and the baud rate, or use a lower one.</source>
        <translation>%1，重新发送请求后依然如此：请求在传输中损坏。请检查线缆和波特率，或使用更低的波特率。</translation>
    </message>
    <message>
        <source>%1: the firmware does not implement all of station protocol version 1. Update the firmware.</source>
        <translation>%1：固件未完整实现工作站协议第 1 版。请更新固件。</translation>
    </message>
    <message>
        <source>%1: the firmware and the station read station protocol version 1 differently. Please report it, with the firmware version.</source>
        <translation>%1：固件与工作站对工作站协议第 1 版的理解不一致。请连同固件版本一起报告。</translation>
    </message>
    <message>
        <source>%1: the firmware takes shorter request lines than its HELLO answer says. Make it report its real limit (in the C library, STATION_DEVICE_LINE_MAX).</source>
        <translation>%1：固件接受的请求行比其 HELLO 应答所声明的短。请让固件报告真实上限（C 库中的 STATION_DEVICE_LINE_MAX）。</translation>
    </message>
    <message>
        <source>%1 to the chunk at offset %2, also when it was sent again: bytes are damaged on the way to the device. Check the cable and the baud rate, or use a lower one.</source>
        <translation>偏移量 %2 处的分块得到 %1，重新发送后依然如此：字节在发往设备途中损坏。请检查线缆和波特率，或使用更低的波特率。</translation>
    </message>
    <message>
        <source>%1: the device and the station disagree about how much of the %2 has arrived. Start again; if it keeps happening, report it with the firmware version.</source>
        <translation>%1：设备与工作站对%2已到达多少存在分歧。请重新开始；如果反复出现，请连同固件版本一起报告。</translation>
    </message>
    <message>
        <source>%1: the device takes at most %2 bytes here, less than its HELLO answer says. Make the firmware report its real limits (cred and chunk), or raise them.</source>
        <translation>%1：设备在此最多只接受 %2 字节，少于其 HELLO 应答所声明的值。请让固件报告真实上限（cred 和 chunk），或提高这些上限。</translation>
    </message>
    <message>
        <source>%1: the device has %2 slots, numbered from 0, so there is no slot %3. Use a lower slot, or raise the number of slots in the firmware.</source>
        <translation>%1：设备有 %2 个槽位，从 0 开始编号，因此没有槽位 %3。请使用更小的槽位，或在固件中增加槽位数量。</translation>
    </message>
    <message>
        <source>%1: slot %2 holds no %3.</source>
        <translation>%1：槽位 %2 中没有%3。</translation>
    </message>
    <message>
        <source>%1, also when the %2 was written again: what the device stored differs from what the station sent (its SHA-256 is %3). Its storage may be faulty; set the device aside.</source>
        <translation>%1，重新写入%2后依然如此：设备存储的内容与工作站发送的不同（其 SHA-256 为 %3）。其存储可能有故障；请将设备放到一边。</translation>
    </message>
    <message>
        <source>%1: the device&apos;s storage failed, and the slot keeps what it held before. Check the firmware&apos;s storage driver; if it keeps failing, set the device aside.</source>
        <translation>%1：设备存储失败，槽位保留原有内容。请检查固件的存储驱动；如果仍然失败，请将设备放到一边。</translation>
    </message>
    <message>
        <source>%1, even after the station ended the write that was open. Restart the device, then start again.</source>
        <translation>%1，即使工作站结束了未完成的写入操作后依然如此。请重启设备，然后重新开始。</translation>
    </message>
    <message>
        <source>%1 twice: the device keeps forgetting the write in progress, as if it restarted. Check its power supply and its watchdog, then start again.</source>
        <translation>%1 出现两次：设备反复忘记正在进行的写入，似乎发生了重启。请检查其电源和看门狗，然后重新开始。</translation>
    </message>
    <message>
        <source>%1: the device speaks station protocol versions %2, this station speaks version %3. Update the station or the firmware.</source>
        <translation>%1：设备支持工作站协议版本 %2，本工作站支持版本 %3。请更新工作站或固件。</translation>
    </message>
    <message>
        <source>%1 again: the device restarted twice while the station worked with it. Check its power supply and its watchdog, then start again.</source>
        <translation>%1 再次出现：工作站操作期间设备重启了两次。请检查其电源和看门狗，然后重新开始。</translation>
    </message>
    <message>
        <source>%1. Code %2 is not part of station protocol version 1; the firmware&apos;s documentation says what it means.</source>
        <translation>%1。代码 %2 不属于工作站协议第 1 版；其含义请参阅固件文档。</translation>
    </message>
</context>
<context>
    <name>StationRecovery</name>
    <message numerus="yes">
        <source>%n unfinished job(s) from %1: a station stopped before they ended.</source>
        <translation>
            <numerusform>自 %1 起有 %n 个未完成的任务：工作站在它们结束前停止了。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovering the unfinished jobs: %1 of %2 done…</source>
        <translation>正在恢复未完成的任务：已完成 %1 / %2…</translation>
    </message>
    <message>
        <source>Recovery found nothing left to do.</source>
        <translation>恢复流程未发现需要处理的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) finished.</source>
        <translation>
            <numerusform>已完成 %n 个任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) rolled back.</source>
        <translation>
            <numerusform>已回滚 %n 个任务。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) need a person: see Needs attention on the Certificates page.</source>
        <translation>
            <numerusform>%n 个任务需要人工处理：请查看“证书”页面上的“需要处理”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) could not be recovered now (Foundry or the device did not answer, or another station is on them): recover again later.</source>
        <translation>
            <numerusform>%n 个任务目前无法恢复（Foundry 或设备未应答，或另一个工作站正在处理它们）：请稍后再次恢复。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StationSettings</name>
    <message>
        <source>the settings file %1 cannot be read; correct it or delete it to start from the defaults</source>
        <translation>无法读取设置文件 %1；请更正它，或将其删除以使用默认设置</translation>
    </message>
    <message>
        <source>the settings file cannot be used: %1</source>
        <translation>设置文件不可用：%1</translation>
    </message>
    <message>
        <source>none is set up yet</source>
        <translation>尚未设置任何环境</translation>
    </message>
    <message>
        <source>choose one of %1</source>
        <translation>请从 %1 中选择</translation>
    </message>
    <message>
        <source>there is no Foundry environment named &quot;%1&quot;; %2</source>
        <translation>没有名为“%1”的 Foundry 环境；%2</translation>
    </message>
    <message>
        <source>the time to wait for Foundry must be a positive number of seconds (30 is usual)</source>
        <translation>等待 Foundry 的时间必须是正的秒数（通常为 30）</translation>
    </message>
    <message>
        <source>the journal %1 is a folder; give a file in it, such as %1/journal.sqlite</source>
        <translation>任务记录 %1 是一个文件夹；请指定其中的文件，例如 %1/journal.sqlite</translation>
    </message>
    <message>
        <source>the operator name &quot;%1&quot; contains control characters; type the name again without them</source>
        <translation>操作员名称“%1”包含控制字符；请去掉后重新输入</translation>
    </message>
    <message>
        <source>the station name &quot;%1&quot; contains control characters; type the name again without them</source>
        <translation>工作站名称“%1”包含控制字符；请去掉后重新输入</translation>
    </message>
    <message>
        <source>the environment name &quot;%1&quot; is not usable; use letters, digits, dots, hyphens and underscores, such as sandbox or production</source>
        <translation>环境名称“%1”不可用；请使用字母、数字、点、连字符和下划线，例如 sandbox 或 production</translation>
    </message>
    <message>
        <source>no Foundry URL is set for the environment &quot;%1&quot;; enter the API URL of your Foundry, such as https://foundry.example.com</source>
        <translation>环境“%1”未设置 Foundry URL；请输入您的 Foundry 的 API URL，例如 https://foundry.example.com</translation>
    </message>
</context>
<context>
    <name>TokenStore</name>
    <message>
        <source>this station cannot keep the access token for %1; give it each time it is asked for</source>
        <translation>本工作站无法保存 %1 的访问令牌；每次询问时都请输入</translation>
    </message>
    <message>
        <source>this station keeps no access token for %1, so there is none to forget</source>
        <translation>本工作站未保存 %1 的访问令牌，因此无需清除</translation>
    </message>
    <message>
        <source>this station cannot keep the database password for %1; put it in the file PGPASSFILE names</source>
        <translation>本工作站无法保存 %1 的数据库密码；请将其放入 PGPASSFILE 指定的文件</translation>
    </message>
    <message>
        <source>this station keeps no database password for %1, so there is none to forget</source>
        <translation>本工作站未保存 %1 的数据库密码，因此没有可清除的密码</translation>
    </message>
</context>
<context>
    <name>TopicRules</name>
    <message>
        <source>Topic %1 (&quot;%2&quot;)</source>
        <translation>主题 %1（“%2”）</translation>
    </message>
    <message>
        <source>Topic %1 is empty; remove it or fill it in.</source>
        <translation>主题 %1 为空；请删除或填写。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes long; AWS IoT allows at most %3. Shorten it.</source>
        <translation>%1 长 %2 字节；AWS IoT 最多允许 %3 字节。请缩短。</translation>
    </message>
    <message>
        <source>%1 has %2 levels separated by &apos;/&apos;; AWS IoT allows at most %3 slashes. Use fewer levels.</source>
        <translation>%1 有 %2 个以“/”分隔的层级；AWS IoT 最多允许 %3 个斜杠。请减少层级。</translation>
    </message>
    <message>
        <source>%1 is listed twice; remove the duplicate.</source>
        <translation>%1 出现了两次；请删除重复项。</translation>
    </message>
    <message>
        <source>%1 has &apos;#&apos; before its end; in MQTT &apos;#&apos; is only valid as the last level.</source>
        <translation>%1 在末尾之前包含“#”；在 MQTT 中“#”只能作为最后一级。</translation>
    </message>
    <message>
        <source>%1 uses an MQTT wildcard (+ or #); AWS IoT policies take these literally unless Foundry translates them, so the device may be refused on real topics.</source>
        <translation>%1 使用了 MQTT 通配符（+ 或 #）；除非 Foundry 对其进行转换，否则 AWS IoT 策略会按字面处理，设备在实际主题上可能被拒绝。</translation>
    </message>
</context>
<context>
    <name>TopicTemplate</name>
    <message>
        <source>&quot;%1&quot; has a &apos;}&apos; without its &apos;{&apos;.</source>
        <translation>“%1”中有“}”但缺少对应的“{”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a &apos;{&apos; without its &apos;}&apos;.</source>
        <translation>“%1”中有“{”但缺少对应的“}”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses {%2}; the fields are {%3}.</source>
        <translation>“%1”使用了 {%2}；可用字段为 {%3}。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses {%2}, but the device did not report it.</source>
        <translation>“%1”使用了 {%2}，但设备未报告该值。</translation>
    </message>
    <message>
        <source>{%1} is &quot;%2&quot;, which contains &apos;/&apos;, &apos;+&apos;, &apos;#&apos; or a control character; it cannot go into a topic.</source>
        <translation>{%1} 的值为“%2”，其中包含“/”、“+”、“#”或控制字符，不能用于主题。</translation>
    </message>
</context>
<context>
    <name>ZephyrShellProfile</name>
    <message>
        <source>the station streams credentials at the line rate in pieces of %1 bytes</source>
        <translation>工作站以线路速率按 %1 字节分块传输凭据</translation>
    </message>
    <message>
        <source>the station sends lines of up to %1 bytes</source>
        <translation>工作站发送的行最长为 %1 字节</translation>
    </message>
    <message>
        <source>the device said %1: its serial receive buffer overflowed, and bytes the station sent were lost. Raise CONFIG_SHELL_BACKEND_SERIAL_RX_RING_BUFFER_SIZE in the firmware (64 bytes by default; %2), or use a lower baud rate on both ends, which gives the shell more time for each byte; then start again.</source>
        <translation>设备报告 %1：其串口接收缓冲区溢出，工作站发送的字节已丢失。请在固件中提高 CONFIG_SHELL_BACKEND_SERIAL_RX_RING_BUFFER_SIZE（默认 64 字节；%2），或在两端使用更低的波特率，使 Shell 处理每个字节的时间更充裕；然后重新开始。</translation>
    </message>
    <message>
        <source>the device could not delete the old credential: %1</source>
        <translation>设备无法删除旧凭据：%1</translation>
    </message>
    <message>
        <source>the device did not store the %1 characters the station sent: %2. Bytes may have been lost on the line; start again, and lower the baud rate if it keeps happening.</source>
        <translation>设备未存储工作站发送的 %1 个字符：%2。线路上可能丢失了字节；请重新开始，如果反复出现，请降低波特率。</translation>
    </message>
    <message>
        <source>the device did not confirm a chunk: %1. Bytes may have been lost on the line; start again, and lower the baud rate if it keeps happening.</source>
        <translation>设备未确认某个分块：%1。线路上可能丢失了字节；请重新开始，如果反复出现，请降低波特率。</translation>
    </message>
    <message>
        <source>the device kept %1 of a %2-character chunk after it had kept whole ones. Start again; if it keeps happening, the device&apos;s shell is not one the station knows.</source>
        <translation>设备在完整保存若干分块后，只保存了一个 %2 字符分块中的 %1。请重新开始；如果反复出现，说明该设备的 Shell 不是工作站所知的类型。</translation>
    </message>
    <message>
        <source>the device has no room for another credential. Raise CONFIG_TLS_MAX_CREDENTIALS_NUMBER (and the heap, if credentials are copied to it) in the firmware, or delete credentials it no longer needs.</source>
        <translation>设备没有空间存放更多凭据。请在固件中提高 CONFIG_TLS_MAX_CREDENTIALS_NUMBER（如果凭据会被复制到堆中，也请增大堆），或删除不再需要的凭据。</translation>
    </message>
    <message>
        <source>the device refused the credential: %1</source>
        <translation>设备拒绝了凭据：%1</translation>
    </message>
    <message>
        <source>the device did not give the %1 back: %2</source>
        <translation>设备未返回%1：%2</translation>
    </message>
    <message>
        <source>the device&apos;s credential buffer is too small for this %1, which needs %2 bytes of base64 text. Raise CONFIG_TLS_CREDENTIALS_SHELL_CRED_BUF_SIZE to at least %3 in the firmware and flash it again.</source>
        <translation>设备的凭据缓冲区太小，放不下此%1（需要 %2 字节的 Base64 文本）。请在固件中将 CONFIG_TLS_CREDENTIALS_SHELL_CRED_BUF_SIZE 提高到至少 %3，然后重新烧录。</translation>
    </message>
    <message>
        <source>the device&apos;s credential list did not end as a Zephyr shell&apos;s does: %1</source>
        <translation>设备的凭据列表结尾与 Zephyr Shell 的不同：%1</translation>
    </message>
    <message>
        <source>(no output)</source>
        <translation>（无输出）</translation>
    </message>
</context>
</TS>
